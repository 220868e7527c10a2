using System.Collections.Concurrent;

namespace Allio.PiiGuard;

/// <summary>
/// Every generated descriptor of the loaded assemblies. Each assembly's generated module initializer
/// registers its types (non-generic types reachable from the assembly; see docs/generator.md).
/// </summary>
public static class PiiTypeRegistry
{
    private static readonly ConcurrentDictionary<Type, PiiTypeDescriptor> Descriptors = new();

    /// <summary>Every registered descriptor.</summary>
    public static IReadOnlyCollection<PiiTypeDescriptor> All => (IReadOnlyCollection<PiiTypeDescriptor>)Descriptors.Values;

    /// <summary>Adds descriptors; called by generated code, or by hand for closed generic types.</summary>
    public static void Register(params PiiTypeDescriptor[] descriptors)
    {
        foreach (var descriptor in descriptors)
        {
            Descriptors[descriptor.Type] = descriptor;
        }
    }

    /// <summary>The descriptor of <paramref name="type"/>, or null when none is registered.</summary>
    public static PiiTypeDescriptor? Find(Type type) => Descriptors.TryGetValue(type, out var descriptor) ? descriptor : null;
}
