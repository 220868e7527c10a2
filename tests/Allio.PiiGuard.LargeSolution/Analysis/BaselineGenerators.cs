using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// Another build of PiiGuard's generator assembly (say, the previous commit's), loaded beside the current one so both
/// run in the same process, alternately, on the same machine load. Roslyn and everything else resolve to this
/// process's copies, so the two generators see the same compiler types.
/// </summary>
public static class BaselineGenerators
{
    public static ImmutableArray<IIncrementalGenerator> Load(string assemblyPath)
    {
        var context = new AssemblyLoadContext("baseline generators", isCollectible: false);
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        return [.. assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(type) && type.GetCustomAttribute<GeneratorAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (IIncrementalGenerator)Activator.CreateInstance(type)!)];
    }
}
