extern alias vocabulary;

using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>
/// The tool's own copy of the vocabulary (<c>Allio.PiiGuard.dll</c>: <c>[Pii]</c>, <c>PiiKind</c>), shipped next to it
/// with the assemblies it needs (<c>DataClassificationAttribute</c>'s), lent to a compilation that lacks the
/// vocabulary when the scan asks for it (<c>--buildless</c>, <c>--infer</c>): the rules are then on whatever the
/// local NuGet cache holds, with the version the analyzers and the generator were built with.
/// </summary>
public static class ShippedVocabulary
{
    private static readonly Lazy<ImmutableArray<PortableExecutableReference>> References = new(Load);

    /// <summary>The assembly files lent: <c>Allio.PiiGuard.dll</c> and those of its references that lie beside it.</summary>
    public static ImmutableArray<string> Files => [.. References.Value.Select(reference => reference.FilePath!)];

    /// <summary>
    /// <paramref name="compilation"/> unchanged when it sees <c>Allio.PiiGuard.PiiAttribute</c> (the package, a project
    /// or its own copy in source); else with the shipped assemblies whose names it does not reference yet, so no type
    /// comes twice.
    /// </summary>
    public static Compilation AddWhereMissing(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is not null)
        {
            return compilation;
        }

        var present = compilation.ReferencedAssemblyNames.Select(identity => identity.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return compilation.AddReferences(References.Value.Where(reference => !present.Contains(Path.GetFileNameWithoutExtension(reference.FilePath!))));
    }

    private static ImmutableArray<PortableExecutableReference> Load()
    {
        var vocabulary = typeof(vocabulary::Allio.PiiGuard.PiiAttribute).Assembly.Location;
        var folder = Path.GetDirectoryName(vocabulary)!;
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([vocabulary]);
        while (pending.TryPop(out var file))
        {
            if (!seen.Add(Path.GetFileName(file)) || !File.Exists(file))
            {
                continue;
            }

            files.Add(file);
            foreach (var name in ReferencedNames(file))
            {
                // The framework's assemblies are not beside the tool: the compilation has its own.
                pending.Push(Path.Combine(folder, name + ".dll"));
            }
        }

        return [.. files.Order(StringComparer.Ordinal).Select(file => MetadataReference.CreateFromFile(file))];
    }

    /// <summary>The names of the assemblies <paramref name="file"/> references, read from its metadata without loading it.</summary>
    private static IEnumerable<string> ReferencedNames(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }
}
