using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Allio.PiiGuard.Cli.Workspace.Buildless;

/// <summary>
/// What a buildless scan reads from a project file, the <c>Directory.Build.props</c> / <c>Directory.Packages.props</c>
/// above it and the files these and the project import by a literal path inside the checkout, as plain XML: no MSBuild
/// evaluation, so no imported target or task of the scanned repository runs. Values built from <c>$(…)</c> properties
/// or conditions are taken literally or skipped.
/// </summary>
/// <param name="ProjectFile">Absolute path of the <c>.csproj</c>.</param>
/// <param name="Sdk">The project SDK (<c>Microsoft.NET.Sdk.Web</c> pulls in ASP.NET Core).</param>
/// <param name="Properties">Plain properties (last definition wins; project over props files).</param>
/// <param name="Packages">Package id to version (the version may be empty when neither the project nor the central file states one).</param>
/// <param name="FrameworkReferences">Shared frameworks named by <c>FrameworkReference</c>.</param>
/// <param name="ProjectReferences">Absolute paths of referenced projects.</param>
/// <param name="Usings">Namespaces of <c>&lt;Using Include="…"/&gt;</c> items.</param>
public sealed record ProjectFileFacts(
    string ProjectFile,
    string Sdk,
    ImmutableDictionary<string, string> Properties,
    ImmutableDictionary<string, string> Packages,
    ImmutableArray<string> FrameworkReferences,
    ImmutableArray<string> ProjectReferences,
    ImmutableArray<string> Usings)
{
    /// <summary>The project's folder.</summary>
    public string Folder => Path.GetDirectoryName(ProjectFile)!;

    /// <summary>A property's value, when it is set to something that needs no evaluation.</summary>
    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>True for ASP.NET Core projects (Web SDK, Razor SDK or a framework reference).</summary>
    public bool UsesAspNetCore =>
        Sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
        || Sdk.StartsWith("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase)
        || FrameworkReferences.Contains("Microsoft.AspNetCore.App", StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the project; a file that is not XML reads as an SDK project with nothing in it.</summary>
    public static ProjectFileFacts Read(string projectFile, string stopFolder)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var packages = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var centralVersions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var frameworks = new List<string>();
        var references = new List<string>();
        var usings = new List<string>();

        var read = new FileSet(stopFolder);

        // Outermost first, so nearer files and then the project override.
        foreach (var props in AncestorFiles(Path.GetDirectoryName(projectFile)!, stopFolder, "Directory.Build.props").Reverse())
        {
            ReadFile(Load(props), props, read, properties, packages, frameworks, references, usings);
        }

        if (AncestorFiles(Path.GetDirectoryName(projectFile)!, stopFolder, "Directory.Packages.props").FirstOrDefault() is { } central
            && Load(central) is { } centralXml)
        {
            foreach (var version in Elements(centralXml, "PackageVersion"))
            {
                if (Attribute(version, "Include") is { } id && VersionOf(version) is { } value)
                {
                    centralVersions[id] = value;
                }
            }
        }

        var project = Load(projectFile);
        ReadFile(project, projectFile, read, properties, packages, frameworks, references, usings);
        foreach (var id in packages.Keys.ToArray())
        {
            if (packages[id].Length == 0 && centralVersions.TryGetValue(id, out var version))
            {
                packages[id] = version;
            }
        }

        return new ProjectFileFacts(
            projectFile,
            SdkOf(project),
            properties.ToImmutable(),
            packages.ToImmutable(),
            [.. frameworks.Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. references.Distinct(StringComparer.Ordinal)],
            [.. usings.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Reads a file's properties and, where its <c>&lt;Import Project="…"/&gt;</c> elements stand, the files they
    /// import, then its items; a file already read (an import cycle, or a file imported twice) is skipped.
    /// </summary>
    private static void ReadFile(
        XDocument? document,
        string file,
        FileSet read,
        IDictionary<string, string> properties,
        IDictionary<string, string> packages,
        List<string> frameworks,
        List<string> references,
        List<string> usings)
    {
        if (document?.Root is null || !read.Add(file))
        {
            return;
        }

        // Document order, as MSBuild reads them: a property set after an import overrides the imported one.
        foreach (var element in document.Root.Descendants().Where(element => element.Name.LocalName is "PropertyGroup" or "Import"))
        {
            if (element.Name.LocalName == "Import")
            {
                if (read.Imported(file, element) is { } imported)
                {
                    ReadFile(Load(imported), imported, read, properties, packages, frameworks, references, usings);
                }

                continue;
            }

            foreach (var property in element.Elements())
            {
                var value = property.Value.Trim();
                if (!value.Contains("$(", StringComparison.Ordinal))
                {
                    properties[property.Name.LocalName] = value;
                }
            }
        }

        foreach (var package in Elements(document, "PackageReference"))
        {
            if (Attribute(package, "Include") is { } id)
            {
                packages[id] = VersionOf(package) ?? "";
            }
        }

        frameworks.AddRange(Elements(document, "FrameworkReference").Select(item => Attribute(item, "Include")).OfType<string>());
        usings.AddRange(Elements(document, "Using")
            .Where(item => Attribute(item, "Alias") is null && Attribute(item, "Static") is null)
            .Select(item => Attribute(item, "Include"))
            .OfType<string>());
        foreach (var reference in Elements(document, "ProjectReference"))
        {
            var isAnalyzerOnly = string.Equals(Attribute(reference, "ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase);
            if (!isAnalyzerOnly && PathFrom(file, Attribute(reference, "Include")) is { } path)
            {
                references.Add(path);
            }
        }
    }

    /// <summary>
    /// A path as a file names it, relative to that file's folder; null when it needs evaluation. The one property worth
    /// expanding is <c>$(MSBuildThisFileDirectory)</c>: props files name files relative to themselves with it.
    /// </summary>
    private static string? PathFrom(string file, string? value)
    {
        var path = value?.Replace("$(MSBuildThisFileDirectory)", Path.GetDirectoryName(file) + "/", StringComparison.OrdinalIgnoreCase);
        return path is null || path.Contains("$(", StringComparison.Ordinal) || path.Contains("@(", StringComparison.Ordinal)
               || path.Contains('*', StringComparison.Ordinal) || path.Contains(';', StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path.Replace('\\', '/')));
    }

    private static string SdkOf(XDocument? project)
    {
        const string Default = "Microsoft.NET.Sdk";
        if (project?.Root is not { } root)
        {
            return Default;
        }

        if (Attribute(root, "Sdk") is { } sdk)
        {
            return sdk;
        }

        if (root.Elements().FirstOrDefault(element => element.Name.LocalName == "Sdk") is { } sdkElement && Attribute(sdkElement, "Name") is { } name)
        {
            return name;
        }

        return Elements(project, "Import").Select(import => Attribute(import, "Sdk")).OfType<string>().FirstOrDefault() ?? Default;
    }

    private static string? VersionOf(XElement item)
    {
        var version = Attribute(item, "Version") ?? item.Elements().FirstOrDefault(child => child.Name.LocalName == "Version")?.Value.Trim();
        return version is null || version.Contains("$(", StringComparison.Ordinal) ? null : version;
    }

    private static IEnumerable<XElement> Elements(XDocument document, string name) =>
        document.Descendants().Where(element => element.Name.LocalName == name);

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(attribute => attribute.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static XDocument? Load(string file)
    {
        try
        {
            // DTDs are refused: a project file from an untrusted repository is data, never a fetch.
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The files named <paramref name="name"/> from <paramref name="folder"/> up to <paramref name="stopFolder"/>, nearest first.</summary>
    private static IEnumerable<string> AncestorFiles(string folder, string stopFolder, string name)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, name);
            if (File.Exists(candidate))
            {
                yield return candidate;
            }

            if (string.Equals(directory.FullName.TrimEnd(Path.DirectorySeparatorChar), stopFolder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The files one project's read has taken, and the one rule for following an import: a literal path (relative, or
    /// from <c>$(MSBuildThisFileDirectory)</c>) to a file inside the checkout, reached through no symbolic link.
    /// </summary>
    private sealed class FileSet(string checkout)
    {
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);
        private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkout));

        /// <summary>False when <paramref name="file"/> was read already.</summary>
        public bool Add(string file) => _read.Add(Path.GetFullPath(file));

        /// <summary>The file an <c>Import</c> element of <paramref name="file"/> names, or null when it is not to be read.</summary>
        public string? Imported(string file, XElement import)
        {
            // An SDK's own files live with the SDK, never in the checkout.
            if (Attribute(import, "Sdk") is not null || PathFrom(file, Attribute(import, "Project")) is not { } path || !File.Exists(path))
            {
                return null;
            }

            // Outside the checkout, or reached through a link (which could lead anywhere): not read.
            FileSystemInfo? entry = new FileInfo(path);
            while (entry is not null && !string.Equals(Path.TrimEndingDirectorySeparator(entry.FullName), _root, StringComparison.Ordinal))
            {
                if (entry.LinkTarget is not null)
                {
                    return null;
                }

                entry = entry is FileInfo info ? info.Directory : ((DirectoryInfo)entry).Parent;
            }

            return entry is null ? null : path;
        }
    }
}
