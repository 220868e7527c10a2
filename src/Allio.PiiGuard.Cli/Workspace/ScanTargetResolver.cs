using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>Turns the path argument into solution or project files, or explains why it cannot.</summary>
public static class ScanTargetResolver
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx"];
    private static readonly string[] ProjectExtensions = [".csproj"];

    /// <summary>Resolves a solution, a project, or a folder (its single solution, else every C# project under it).</summary>
    /// <exception cref="ScanTargetException">The path does not exist or holds nothing to scan.</exception>
    public static ScanTarget Resolve(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            var extension = Path.GetExtension(fullPath);
            if (SolutionExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return Create(ScanTargetKind.Solution, [fullPath]);
            }

            if (ProjectExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return Create(ScanTargetKind.Projects, [fullPath]);
            }

            throw new ScanTargetException($"'{path}' is neither a solution (.sln, .slnx) nor a C# project (.csproj).");
        }

        if (!Directory.Exists(fullPath))
        {
            throw new ScanTargetException($"'{path}' does not exist.");
        }

        return ResolveFolder(path, fullPath);
    }

    private static ScanTarget ResolveFolder(string path, string folder)
    {
        var solutions = FilesWith(folder, SolutionExtensions, SearchOption.TopDirectoryOnly);
        if (solutions.Length > 1)
        {
            throw new ScanTargetException(
                $"'{path}' holds several solutions ({string.Join(", ", solutions.Select(Path.GetFileName))}); name the one to scan.");
        }

        if (solutions.Length == 1)
        {
            return Create(ScanTargetKind.Solution, solutions);
        }

        var projects = FilesWith(folder, ProjectExtensions, SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(folder, file))
            .ToImmutableArray();
        if (projects.IsEmpty)
        {
            throw new ScanTargetException($"'{path}' holds no solution and no C# project.");
        }

        return Create(ScanTargetKind.Projects, projects);
    }

    private static ImmutableArray<string> FilesWith(string folder, string[] extensions, SearchOption depth) =>
    [
        .. Directory.EnumerateFiles(folder, "*", depth)
            .Where(file => extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Projects copied into <c>bin/</c> or <c>obj/</c> (test fixtures, restore artefacts) are not the code.</summary>
    private static bool IsBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file)
            .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(segment => segment is "bin" or "obj");

    private static ScanTarget Create(ScanTargetKind kind, ImmutableArray<string> files) =>
        new(kind, files, RepositoryRootFinder.Find(Path.GetDirectoryName(files[0])!));
}
