using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// What the generator reads from a file by syntax besides the marks: its partial type declarations as
/// <see cref="ContainerSyntax"/> (<see cref="ContainerCandidates"/>) and the type declarations whose parameters carry a
/// <c>[property: …]</c> list naming a listened mark (<see cref="PropertyTargetedMarks"/>). Both are type declarations, so
/// only the compilation unit, namespaces and type declarations are walked, never a member's body (most of a file's
/// nodes); the answer is remembered per syntax tree, which an unchanged file shares with the next compilation.
/// </summary>
internal sealed class TreeDeclarations
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> PerTree = new();

    private TreeDeclarations(ContainerSyntax[] partials, TypeDeclarationSyntax[] propertyTargeted)
    {
        Partials = partials;
        PropertyTargeted = propertyTargeted;
    }

    /// <summary>The file's partial class, struct and record declarations, in document order.</summary>
    public ContainerSyntax[] Partials { get; }

    /// <summary>The file's type declarations with a <c>[property: …]</c> list naming a listened mark, in document order.</summary>
    public TypeDeclarationSyntax[] PropertyTargeted { get; }

    public static TreeDeclarations Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (PerTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        var partials = new List<ContainerSyntax>();
        var propertyTargeted = new List<TypeDeclarationSyntax>();
        if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
        {
            Visit(root.Members, partials, propertyTargeted, cancellationToken);
        }

        // Another thread may have read the same tree meanwhile: both answers are equal, keep the first.
        return PerTree.GetValue(tree, _ => new TreeDeclarations([.. partials], [.. propertyTargeted]));
    }

    private static void Visit(
        SyntaxList<MemberDeclarationSyntax> members, List<ContainerSyntax> partials, List<TypeDeclarationSyntax> propertyTargeted, CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    Visit(space.Members, partials, propertyTargeted, cancellationToken);
                    break;
                case TypeDeclarationSyntax type:
                    if (ContainerCandidates.IsCandidate(type))
                    {
                        partials.Add(ContainerCandidates.Read(type));
                    }

                    if (PropertyTargetedMarks.HasCandidate(type))
                    {
                        propertyTargeted.Add(type);
                    }

                    Visit(type.Members, partials, propertyTargeted, cancellationToken);
                    break;
            }
        }
    }
}
