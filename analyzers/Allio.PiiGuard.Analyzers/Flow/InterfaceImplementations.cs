using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The one implementation a compilation has of an interface's method (<c>IAuditTrail.Record</c> implemented by
/// <c>ConsoleAuditTrail.Record</c> alone): what a call through the interface runs, in a codebase that registers one
/// class per service. Null for an interface with no implementation or several, a generic one, or one from a library.
/// The same index lists the types that name a base (<see cref="Naming"/>: a library's <c>AbstractValidator&lt;T&gt;</c>).
/// </summary>
/// <remarks>
/// The types of a file are indexed by the simple names in their base lists once per syntax tree and kept with it, so an
/// edit reads again only the edited file; an answer is kept per compilation.
/// </remarks>
internal sealed class InterfaceImplementations
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, List<TypeDeclarationSyntax>>> Indexes = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, IMethodSymbol?> _sole = new(SymbolEqualityComparer.Default);

    public InterfaceImplementations(Compilation compilation) => _compilation = compilation;

    /// <summary>The single method of the compilation that implements <paramref name="method"/>, or null.</summary>
    public IMethodSymbol? SoleOf(IMethodSymbol method)
    {
        if (method.ContainingType is not { TypeKind: TypeKind.Interface, IsGenericType: false, DeclaringSyntaxReferences.IsEmpty: false } || !method.IsAbstract)
        {
            return null;
        }

        return _sole.TryGetValue(method, out var known) ? known : _sole.GetOrAdd(method, Find(method));
    }

    /// <summary>The types of the compilation whose base lists name <paramref name="name"/> (simple name, no type arguments), with their symbols.</summary>
    public IEnumerable<(TypeDeclarationSyntax Declaration, INamedTypeSymbol Type)> Naming(string name)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!Indexes.GetValue(tree, IndexOf).TryGetValue(name, out var declarations))
            {
                continue;
            }

            var model = _compilation.GetSemanticModel(tree);
            foreach (var declaration in declarations)
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type)
                {
                    yield return (declaration, type);
                }
            }
        }
    }

    private IMethodSymbol? Find(IMethodSymbol method)
    {
        var contract = method.ContainingType;
        IMethodSymbol? found = null;
        foreach (var (_, type) in Naming(contract.Name))
        {
            if (type.IsAbstract || type.FindImplementationForInterfaceMember(method) is not IMethodSymbol implementation)
            {
                continue;
            }

            if (found is not null && !SymbolEqualityComparer.Default.Equals(found, implementation))
            {
                return null;
            }

            found = implementation;
        }

        return found;
    }

    private static Dictionary<string, List<TypeDeclarationSyntax>> IndexOf(SyntaxTree tree)
    {
        var index = new Dictionary<string, List<TypeDeclarationSyntax>>();
        var root = tree.GetRoot();
        foreach (var node in root.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is not TypeDeclarationSyntax { BaseList.Types: var bases } declaration)
            {
                continue;
            }

            foreach (var listed in bases)
            {
                var name = listed.Type switch
                {
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    _ => null,
                };
                if (name is null)
                {
                    continue;
                }

                if (!index.TryGetValue(name, out var list))
                {
                    index[name] = list = new List<TypeDeclarationSyntax>();
                }

                list.Add(declaration);
            }
        }

        return index;
    }
}
