using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Which assemblies of a compilation declare a type of a given metadata name — its own source and its references —
/// as <c>compilation.GetTypesByMetadataName(name)</c> finds them, for the rules deciding at compilation start which sinks,
/// libraries and marks exist. An edit makes a new compilation but keeps the symbols of its unchanged references: the
/// answer of each referenced assembly is remembered with the assembly, so an edit searches only the compilation's own
/// source again, once per name.
/// </summary>
/// <remarks>
/// Both weak tables are keyed by what they describe (a compilation, an assembly symbol): no entry keeps either alive.
/// </remarks>
internal static class TypePresence
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, ConcurrentDictionary<string, bool>> ByAssembly = new();

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, bool>> ByCompilation = new();

    /// <summary>True when the compilation's own source or one of its referenced assemblies declares <paramref name="metadataName"/>.</summary>
    public static bool Exists(Compilation compilation, string metadataName)
    {
        var names = ByCompilation.GetValue(compilation, static _ => new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal));
        if (names.TryGetValue(metadataName, out var known))
        {
            return known;
        }

        return names.GetOrAdd(metadataName, compilation.Assembly.GetTypeByMetadataName(metadataName) is not null || AnyReferenceDeclares(compilation, metadataName));
    }

    /// <summary>The assemblies that declare <paramref name="metadataName"/>: the compilation's own first, then its references in order.</summary>
    public static ImmutableArray<IAssemblySymbol> DeclaringAssemblies(Compilation compilation, string metadataName)
    {
        var declaring = ImmutableArray.CreateBuilder<IAssemblySymbol>();
        if (compilation.Assembly.GetTypeByMetadataName(metadataName) is not null)
        {
            declaring.Add(compilation.Assembly);
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (Declares(assembly, metadataName))
            {
                declaring.Add(assembly);
            }
        }

        return declaring.ToImmutable();
    }

    private static bool AnyReferenceDeclares(Compilation compilation, string metadataName)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (Declares(assembly, metadataName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Declares(IAssemblySymbol assembly, string metadataName)
    {
        var names = ByAssembly.GetValue(assembly, static _ => new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal));
        return names.TryGetValue(metadataName, out var known) ? known : names.GetOrAdd(metadataName, assembly.GetTypeByMetadataName(metadataName) is not null);
    }
}
