using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// A cheap, conservative answer to "can any personal-data mark exist in this compilation?", so that a project
/// without marks (and inference off) pays almost nothing for the flow rules. It errs only towards "yes".
/// </summary>
/// <remarks>
/// A mark names its attribute class, an alias of it, or a class derived from it, so in source it needs an
/// identifier containing one of <see cref="Needles"/>. In metadata, an assembly can only carry marks if it references
/// an assembly that declares a mark attribute. The text is searched first; only files that contain a needle are parsed
/// into tokens, and using directives that import a namespace do not count (<c>using Allio.PiiGuard;</c>).
/// </remarks>
internal static class MarkPresence
{
    /// <summary>
    /// Identifier fragments every way of marking needs: the vocabulary's attributes (<c>Pii</c>, <c>SensitivePii</c>,
    /// <c>BiometricPii</c>), Microsoft's classification (<c>DataClassification</c>), Identity's <c>[PersonalData]</c>,
    /// and Identity's <c>IdentityUser</c>, whose members its library marks.
    /// </summary>
    private static readonly ImmutableArray<string> Needles = ["Pii", "DataClassification", "PersonalData", "IdentityUser"];

    /// <summary>
    /// Per-file answers: an edit makes a new compilation but keeps the trees of the files it did not touch,
    /// so only the edited file is searched again.
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxTree, object> TreesWithMarks = new();

    private static readonly object Yes = new();

    private static readonly object No = new();

    private static readonly ImmutableArray<string> MarkAttributes =
    [
        WellKnownNames.PiiAttribute,
        WellKnownNames.SensitivePiiAttribute,
        WellKnownNames.BiometricPiiAttribute,
        WellKnownNames.DataClassificationAttribute,
        WellKnownNames.IdentityPersonalDataAttribute,
    ];

    /// <summary>True unless it is certain that nothing in the compilation, or in what it references, carries a mark.</summary>
    public static bool MayHoldMarks(Compilation compilation)
    {
        var declaringAssemblies = ImmutableArray.CreateBuilder<IAssemblySymbol>();
        foreach (var name in MarkAttributes)
        {
            declaringAssemblies.AddRange(TypePresence.DeclaringAssemblies(compilation, name));
        }

        if (declaringAssemblies.Count == 0)
        {
            return false;
        }

        return AnyReferenceMayHoldMarks(compilation, declaringAssemblies.ToImmutable()) || AnySourceMayHoldMarks(compilation);
    }

    private static bool AnyReferenceMayHoldMarks(Compilation compilation, ImmutableArray<IAssemblySymbol> declaring)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (Contains(declaring, assembly.Identity))
            {
                continue;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblySymbols)
                {
                    if (Contains(declaring, referenced.Identity) && !IsFrameworkSibling(assembly.Identity, referenced.Identity))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Framework assemblies shipped by the publisher of the mark's assembly (ASP.NET Core's Identity and
    /// compliance libraries referencing their own attributes) declare no personal-data members themselves;
    /// Identity's marked <c>IdentityUser</c> is found by name in source. Test taxonomies are the exception.
    /// </summary>
    private static bool IsFrameworkSibling(AssemblyIdentity assembly, AssemblyIdentity declaring) =>
        !assembly.PublicKeyToken.IsDefaultOrEmpty && System.Linq.Enumerable.SequenceEqual(assembly.PublicKeyToken, declaring.PublicKeyToken)
        && assembly.Name.IndexOf("Testing", StringComparison.Ordinal) < 0;

    private static bool Contains(ImmutableArray<IAssemblySymbol> assemblies, AssemblyIdentity identity)
    {
        foreach (var assembly in assemblies)
        {
            if (assembly.Identity.Name == identity.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnySourceMayHoldMarks(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (TreesWithMarks.GetValue(tree, static t => TextSearch.ContainsAny(t.GetText(), Needles) && HasMarkingIdentifier(t.GetRoot()) ? Yes : No) == Yes)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarkingIdentifier(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && TextSearch.ContainsAny(token.ValueText, Needles) && !IsImportedNamespace(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A namespace import or declaration names no attribute; an alias (<c>using P = …PiiAttribute;</c>) may.</summary>
    private static bool IsImportedNamespace(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case UsingDirectiveSyntax @using:
                    return @using.Alias is null;
                case BaseNamespaceDeclarationSyntax @namespace:
                    return @namespace.Name.Span.Contains(token.Span);
                case StatementSyntax or MemberDeclarationSyntax or AttributeSyntax:
                    return false;
            }
        }

        return false;
    }
}
