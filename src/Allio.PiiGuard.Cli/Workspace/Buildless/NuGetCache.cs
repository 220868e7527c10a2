namespace Allio.PiiGuard.Cli.Workspace.Buildless;

/// <summary>
/// Package assemblies from the local NuGet cache (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>), without
/// restoring: <c>&lt;id&gt;/&lt;version&gt;/ref|lib/&lt;best framework&gt;/*.dll</c>. A package that is missing stays missing; its
/// types then do not bind, which the rules survive. Only the packages a project names are taken, not their dependencies.
/// </summary>
public sealed class NuGetCache(string root)
{
    /// <summary>The cache the current user's restores fill.</summary>
    public static NuGetCache ForCurrentUser() => new(
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));

    /// <summary>
    /// The assemblies of <paramref name="id"/>: the version asked for when cached, else the newest cached one
    /// (a reviewer wants the API shape); empty when the package is not in the cache.
    /// </summary>
    public IReadOnlyList<string> Assemblies(string id, string version)
    {
        if (VersionFolder(id, version) is not { } versionFolder)
        {
            return [];
        }

        foreach (var kind in (string[])["ref", "lib"])
        {
            var folder = Path.Combine(versionFolder, kind);
            var best = Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).OrderByDescending(TargetFrameworks.Rank).FirstOrDefault() : null;
            if (best is not null && Directory.EnumerateFiles(best, "*.dll").Order(StringComparer.Ordinal).ToArray() is { Length: > 0 } files)
            {
                return files;
            }
        }

        return [];
    }

    /// <summary>
    /// The assemblies of <paramref name="id"/> and of the packages its <c>.nuspec</c> depends on, each package once per
    /// <paramref name="seen"/>; ids found nowhere in the cache are added to <paramref name="missing"/>.
    /// </summary>
    public IEnumerable<string> AssembliesWithDependencies(string id, string version, ISet<string> seen, ISet<string> missing)
    {
        var pending = new Stack<(string Id, string Version)>([(id, version)]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Id))
            {
                continue;
            }

            var files = Assemblies(next.Id, next.Version);
            if (files.Count == 0 && !Directory.Exists(Path.Combine(root, next.Id.ToLowerInvariant())))
            {
                missing.Add(next.Id);
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var dependency in Dependencies(next.Id, next.Version))
            {
                pending.Push(dependency);
            }
        }
    }

    /// <summary>Every dependency any framework group of the cached <c>.nuspec</c> names (read as XML, never run).</summary>
    private IEnumerable<(string Id, string Version)> Dependencies(string id, string version)
    {
        var versionFolder = VersionFolder(id, version);
        var nuspec = versionFolder is null ? null : Directory.EnumerateFiles(versionFolder, "*.nuspec").FirstOrDefault();
        if (nuspec is null)
        {
            return [];
        }

        try
        {
            using var reader = System.Xml.XmlReader.Create(nuspec, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            return System.Xml.Linq.XDocument.Load(reader).Descendants()
                .Where(element => element.Name.LocalName == "dependency")
                .Select(element => (Id: (string?)element.Attribute("id") ?? "", Version: ((string?)element.Attribute("version") ?? "").Trim('[', ']', '(', ')', ' ').Split(',')[0]))
                .Where(dependency => dependency.Id.Length > 0)
                .ToArray();
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private string? VersionFolder(string id, string version)
    {
        var packageFolder = Path.Combine(root, id.ToLowerInvariant());
        if (!Directory.Exists(packageFolder))
        {
            return null;
        }

        var exact = Path.Combine(packageFolder, version.Trim('[', ']', ' ').Split(',')[0].ToLowerInvariant());
        return version.Length > 0 && Directory.Exists(exact)
            ? exact
            : Directory.EnumerateDirectories(packageFolder).OrderByDescending(VersionOf).FirstOrDefault();
    }

    private static Version VersionOf(string folder) => ReferencePacks.VersionOf(folder);
}
