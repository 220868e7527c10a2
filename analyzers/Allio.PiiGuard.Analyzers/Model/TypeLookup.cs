using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// A compilation's types by metadata name, remembered with the compilation. The flow engine asks for the same names at
/// call after call (a sink row's type, a name written in another file and the namespaces it may be in); the compiler
/// remembers only a few recent names, by reference, so each of those asks searched every referenced assembly again.
/// </summary>
internal static class TypeLookup
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, INamedTypeSymbol?>> ByCompilation = new();

    /// <summary><c>compilation.GetTypeByMetadataName(metadataName)</c>, asked once per compilation and name.</summary>
    public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        var types = ByCompilation.GetValue(compilation, static _ => new ConcurrentDictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal));
        return types.TryGetValue(metadataName, out var known) ? known : types.GetOrAdd(metadataName, compilation.GetTypeByMetadataName(metadataName));
    }
}
