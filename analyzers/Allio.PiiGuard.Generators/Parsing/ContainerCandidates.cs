using System.Collections.Generic;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Finds containers by syntax alone, so an unrelated edit binds nothing: every partial type is read into the names
/// of the types its public members spell, and a type is a candidate when one of those names is a type with hooks or another
/// candidate (a <c>Team</c> of <c>User</c>s, a <c>League</c> of <c>Team</c>s). <see cref="ContainerParser"/> then
/// confirms each candidate by binding.
/// </summary>
internal static class ContainerCandidates
{
    /// <summary>Syntax only: a partial class, struct or record declaration.</summary>
    public static bool IsCandidate(TypeDeclarationSyntax node)
        => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax
            && ((TypeDeclarationSyntax)node).Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Every partial declaration of the compilation, read by syntax, file by file (<see cref="TreeDeclarations"/>).</summary>
    public static EquatableArray<ContainerSyntax> ReadAll(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var all = new List<ContainerSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            all.AddRange(TreeDeclarations.Of(tree, cancellationToken).Partials);
        }

        return EquatableArray.From(all);
    }

    /// <summary>The declaration's metadata name, simple name and the simple names its public instance members' types spell.</summary>
    public static ContainerSyntax Read(TypeDeclarationSyntax declaration)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field when IsPublicInstance(field.Modifiers):
                    AddNames(names, field.Declaration.Type);
                    break;
                case PropertyDeclarationSyntax property when IsPublicInstance(property.Modifiers):
                    AddNames(names, property.Type);
                    break;
            }
        }

        // A record's parameters are its public properties; a class's primary-constructor parameters are not members.
        foreach (var parameter in (declaration as RecordDeclarationSyntax)?.ParameterList?.Parameters ?? default)
        {
            if (parameter.Type is { } type)
            {
                AddNames(names, type);
            }
        }

        return new ContainerSyntax(MetadataName(declaration), declaration.Identifier.ValueText, EquatableArray.From(names));
    }

    /// <summary>
    /// The metadata names of the candidates: types whose members spell the name of a type in <paramref name="hooked"/>
    /// or of another candidate, found until nothing new is added.
    /// </summary>
    public static EquatableArray<string> Select(IEnumerable<ContainerSyntax> declarations, EquatableArray<string> hooked)
    {
        var held = new HashSet<string>(hooked, System.StringComparer.Ordinal);
        var pending = new List<ContainerSyntax>(declarations);
        var chosen = new SortedSet<string>(System.StringComparer.Ordinal);
        for (var found = true; found;)
        {
            found = false;
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (Spells(pending[i], held))
                {
                    chosen.Add(pending[i].MetadataName);
                    found |= held.Add(pending[i].Name);
                    pending.RemoveAt(i);
                }
            }
        }

        return EquatableArray.From(chosen);
    }

    private static bool Spells(ContainerSyntax declaration, HashSet<string> names)
    {
        foreach (var name in declaration.MemberTypeNames)
        {
            if (names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPublicInstance(SyntaxTokenList modifiers)
        => modifiers.Any(SyntaxKind.PublicKeyword) && !modifiers.Any(SyntaxKind.StaticKeyword);

    private static void AddNames(SortedSet<string> names, TypeSyntax type)
    {
        foreach (var node in type.DescendantNodesAndSelf())
        {
            if (node is SimpleNameSyntax simple)
            {
                names.Add(simple.Identifier.ValueText);
            }
        }
    }

    /// <summary><c>Ns.Outer+Inner`1</c>, as <c>GetTypeByMetadataName</c> takes it.</summary>
    private static string MetadataName(TypeDeclarationSyntax declaration)
    {
        var name = Arity(declaration);
        for (var parent = declaration.Parent; parent is not null; parent = parent.Parent)
        {
            name = parent switch
            {
                TypeDeclarationSyntax outer => Arity(outer) + "+" + name,
                BaseNamespaceDeclarationSyntax space => space.Name.ToString() + "." + name,
                _ => name,
            };
        }

        return name;
    }

    private static string Arity(TypeDeclarationSyntax declaration)
        => declaration.TypeParameterList is { Parameters.Count: > 0 } parameters
            ? declaration.Identifier.ValueText + "`" + parameters.Parameters.Count
            : declaration.Identifier.ValueText;
}
