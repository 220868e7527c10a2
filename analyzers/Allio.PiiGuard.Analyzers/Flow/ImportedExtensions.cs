using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The extension methods a file's <c>using</c> directives bring into scope, by name: what a call read from syntax
/// (<c>url.PostJsonAsync(body)</c> in another file) may bind to when its receiver's type has no method of that name.
/// The extension methods of a namespace are listed once per compilation.
/// </summary>
internal sealed class ImportedExtensions
{
    private static readonly IReadOnlyList<IMethodSymbol> None = new IMethodSymbol[0];

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, Dictionary<string, List<IMethodSymbol>>?> _byNamespace = new();

    public ImportedExtensions(Compilation compilation) => _compilation = compilation;

    /// <summary>The extension methods named <paramref name="name"/> that the usings around <paramref name="at"/> import.</summary>
    public IReadOnlyList<IMethodSymbol> Named(SyntaxNode at, string name)
    {
        List<IMethodSymbol>? found = null;
        foreach (var scope in at.AncestorsAndSelf())
        {
            var usings = scope switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax declared => declared.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive is { Alias: null, StaticKeyword.RawKind: 0, Name: { } imported }
                    && ExtensionsIn(imported.ToString()) is { } byName && byName.TryGetValue(name, out var methods))
                {
                    (found ??= new List<IMethodSymbol>()).AddRange(methods);
                }
            }
        }

        return found ?? None;
    }

    private Dictionary<string, List<IMethodSymbol>>? ExtensionsIn(string namespaceName) =>
        _byNamespace.TryGetValue(namespaceName, out var known) ? known : _byNamespace.GetOrAdd(namespaceName, List(namespaceName));

    private Dictionary<string, List<IMethodSymbol>>? List(string namespaceName)
    {
        INamespaceSymbol? current = _compilation.GlobalNamespace;
        foreach (var part in namespaceName.Split('.'))
        {
            current = Child(current, part);
            if (current is null)
            {
                return null;
            }
        }

        Dictionary<string, List<IMethodSymbol>>? byName = null;
        foreach (var type in current.GetTypeMembers())
        {
            if (!type.IsStatic || !type.MightContainExtensionMethods)
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsExtensionMethod: true } method)
                {
                    byName ??= new Dictionary<string, List<IMethodSymbol>>();
                    if (!byName.TryGetValue(method.Name, out var list))
                    {
                        byName[method.Name] = list = new List<IMethodSymbol>();
                    }

                    list.Add(method);
                }
            }
        }

        return byName;
    }

    private static INamespaceSymbol? Child(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetNamespaceMembers())
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}
