using System.Collections.Concurrent;
using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Terminal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Cli.Workspace.Buildless;

/// <summary>
/// <c>scan --buildless</c>: one compilation per project folder, built from the sources, the framework's reference
/// packs and the packages found in the local NuGet cache, without MSBuild evaluation or restore, so no code of the
/// scanned repository runs (as CodeQL's C# build mode "none"). Types of missing packages do not bind; the rules
/// still see every marked or named member and every call they can resolve.
/// </summary>
public static class BuildlessLoader
{
    /// <summary>Folders never part of the code: build output, tool state, dependencies of other ecosystems.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".vs", "node_modules" };

    /// <summary>Preprocessor symbols of a Debug build for a modern .NET target.</summary>
    private static readonly string[] Symbols =
    [
        "DEBUG", "TRACE", "NET", "NETCOREAPP",
        .. Enumerable.Range(5, 6).Select(major => $"NET{major}_0_OR_GREATER"),
        "NETCOREAPP3_1_OR_GREATER", "NETSTANDARD2_1_OR_GREATER", "NETSTANDARD2_0_OR_GREATER",
    ];

    /// <summary>The projects to compile: a project file, or every C# project under a folder (a solution stands for its folder).</summary>
    /// <exception cref="ScanTargetException">The path does not exist or holds no C# project.</exception>
    public static ScanTarget Resolve(string path)
    {
        var fullPath = Path.GetFullPath(path);
        ImmutableArray<string> projects;
        var folder = File.Exists(fullPath) ? Path.GetDirectoryName(fullPath)! : fullPath;
        if (File.Exists(fullPath) && fullPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            projects = [fullPath];
        }
        else
        {
            if (!Directory.Exists(folder))
            {
                throw new ScanTargetException($"'{path}' does not exist.");
            }

            projects = [.. FilesBelow(folder, "*.csproj", stopAtProjects: false).Order(StringComparer.Ordinal)];
        }

        if (projects.IsEmpty)
        {
            throw new ScanTargetException($"'{path}' holds no C# project.");
        }

        // Paths are relative to the repository, else to the folder scanned (a checkout without .git).
        return new ScanTarget(ScanTargetKind.Projects, projects, RepositoryRootFinder.Find(folder));
    }

    /// <summary>Builds the workspace; packages that are not in the cache come back as one warning, never as a failure.</summary>
    public static LoadedWorkspace Load(ScanTarget target, BuildProperties properties, IScanProgress progress, CancellationToken cancellationToken) =>
        Load(target, properties, NuGetCache.ForCurrentUser(), progress, cancellationToken);

    /// <summary>Builds the workspace with the packages of <paramref name="cache"/>.</summary>
    internal static LoadedWorkspace Load(ScanTarget target, BuildProperties properties, NuGetCache cache, IScanProgress progress, CancellationToken cancellationToken)
    {
        var packs = ReferencePacks.ForRunningDotnet();
        var references = new ConcurrentDictionary<string, MetadataReference>(StringComparer.Ordinal);
        var facts = WithReferencedProjects(target);
        var ids = facts.ToDictionary(project => project.ProjectFile, project => ProjectId.CreateNewId(project.ProjectFile), StringComparer.Ordinal);
        var edges = ProjectEdges(facts, ids);
        var missing = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var infos = new List<ProjectInfo>();
        foreach (var project in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ids[project.ProjectFile];
            var name = Path.GetFileNameWithoutExtension(project.ProjectFile);
            var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            AddAll(assemblies, packs.Assemblies(ReferencePacks.NetCore));
            if (project.UsesAspNetCore)
            {
                AddAll(assemblies, packs.Assemblies(ReferencePacks.AspNetCore));
            }

            // Packages flow through project references and package dependencies, as restore makes them flow.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (package, version) in Closure(project, facts).SelectMany(reached => reached.Packages))
            {
                AddAll(assemblies, cache.AssembliesWithDependencies(package, version, seen, missing));
            }

            infos.Add(ProjectInfo.Create(
                    id,
                    VersionStamp.Default,
                    name,
                    project.Property("AssemblyName") ?? name,
                    LanguageNames.CSharp,
                    filePath: project.ProjectFile,
                    compilationOptions: CompilationOptions(project),
                    parseOptions: new CSharpParseOptions(LanguageVersionOf(project), DocumentationMode.None, preprocessorSymbols: Symbols),
                    documents: Documents(project, id),
                    projectReferences: Reachable(edges, project.ProjectFile).Select(referenced => new ProjectReference(ids[referenced])),
                    metadataReferences: assemblies.Values.Select(file => references.GetOrAdd(file, static path => MetadataReference.CreateFromFile(path))),
                    additionalDocuments: PolicyDocuments(project, id))
                .WithAnalyzerConfigDocuments(EditorConfigs(project, id, target.RepositoryRoot)));
            progress.ProjectLoaded(name);
        }

        // Old package graphs name the framework's own assemblies as packages (System.Collections, NETStandard.Library);
        // the vocabulary and its dependencies are lent by the tool.
        var framework = packs.Assemblies(ReferencePacks.NetCore).Concat(packs.Assemblies(ReferencePacks.AspNetCore)).Concat(ShippedVocabulary.Files)
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        missing.RemoveWhere(id => framework.Contains(id) || id.StartsWith("runtime.", StringComparison.OrdinalIgnoreCase)
                                  || id.StartsWith("Microsoft.NETCore.", StringComparison.OrdinalIgnoreCase)
                                  || id.Equals("NETStandard.Library", StringComparison.OrdinalIgnoreCase));
        var workspace = new AdhocWorkspace();
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Default, projects: infos));
        solution = InferenceOption.ApplyTo(solution, properties);
        var selected = solution.Projects
            .Where(project => project.FilePath is { } file && target.Files.Contains(file, StringComparer.Ordinal))
            .OrderBy(project => project.FilePath, StringComparer.Ordinal)
            .ToImmutableArray();
        var warnings = missing.Count == 0
            ? ImmutableArray<string>.Empty
            : [$"{missing.Count} package(s) not in the local NuGet cache, their types do not bind: {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? ", …" : "")}"];
        // A project without the vocabulary (code that does not use PiiGuard yet, or whose package is not cached here)
        // gets the tool's own copy at compile time, so a reviewer's first look always has the rules on.
        return new LoadedWorkspace(workspace, selected, [], warnings) { LendsVocabulary = true };
    }

    /// <summary>The target's projects and, for binding only, the projects they reference wherever these live.</summary>
    private static ProjectFileFacts[] WithReferencedProjects(ScanTarget target)
    {
        var facts = new Dictionary<string, ProjectFileFacts>(StringComparer.Ordinal);
        var pending = new Queue<string>(target.Files);
        while (pending.TryDequeue(out var file))
        {
            if (facts.ContainsKey(file) || !File.Exists(file))
            {
                continue;
            }

            var project = ProjectFileFacts.Read(file, target.RepositoryRoot);
            facts[file] = project;
            foreach (var referenced in project.ProjectReferences)
            {
                pending.Enqueue(referenced);
            }
        }

        return [.. facts.Values];
    }

    /// <summary>The project and every project it references, directly or not.</summary>
    private static IEnumerable<ProjectFileFacts> Closure(ProjectFileFacts project, ProjectFileFacts[] facts)
    {
        var byFile = facts.ToDictionary(fact => fact.ProjectFile, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ProjectFileFacts>([project]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.ProjectFile))
            {
                continue;
            }

            yield return next;
            foreach (var referenced in next.ProjectReferences)
            {
                if (byFile.TryGetValue(referenced, out var fact))
                {
                    pending.Push(fact);
                }
            }
        }
    }

    private static void AddAll(Dictionary<string, string> assemblies, IEnumerable<string> files)
    {
        // The first assembly of a name wins: the framework's before a package's copy of it.
        foreach (var file in files)
        {
            assemblies.TryAdd(Path.GetFileName(file), file);
        }
    }

    /// <summary>
    /// The C# version the project states, else the newest released one. Not preview by default: the unfinished
    /// preview features of the compiler the tool carries have crashed it on ordinary code with missing references.
    /// </summary>
    internal static LanguageVersion LanguageVersionOf(ProjectFileFacts project) =>
        project.Property("LangVersion") is { } stated && LanguageVersionFacts.TryParse(stated, out var version) ? version : LanguageVersion.Latest;

    private static CSharpCompilationOptions CompilationOptions(ProjectFileFacts project)
    {
        var outputType = project.Property("OutputType");
        var isExe = outputType is not null
            ? outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
            : project.UsesAspNetCore || project.Sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase);
        var nullable = project.Property("Nullable") is { } value && value.Equals("enable", StringComparison.OrdinalIgnoreCase)
            ? NullableContextOptions.Enable
            : NullableContextOptions.Disable;
        return new CSharpCompilationOptions(
            isExe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: nullable,
            allowUnsafe: true,
            concurrentBuild: true);
    }

    private static IEnumerable<DocumentInfo> Documents(ProjectFileFacts project, ProjectId id)
    {
        foreach (var file in FilesBelow(project.Folder, "*.cs", stopAtProjects: true).Order(StringComparer.Ordinal))
        {
            yield return DocumentInfo.Create(
                DocumentId.CreateNewId(id, file), Path.GetFileName(file), loader: new FileTextLoader(file, defaultEncoding: null), filePath: file);
        }

        if (ImplicitUsings.SourceFor(project) is { } globalUsings)
        {
            // Where the SDK writes it; the name marks it generated, so the rules skip it as they skip the SDK's.
            var path = Path.Combine(project.Folder, "obj", "GlobalUsings.g.cs");
            yield return DocumentInfo.Create(
                DocumentId.CreateNewId(id, path),
                "GlobalUsings.g.cs",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(globalUsings), VersionStamp.Default, path)),
                filePath: path,
                isGenerated: true);
        }
    }

    /// <summary><c>piiguard.json</c> next to the project, as the package adds it to a build.</summary>
    private static IEnumerable<DocumentInfo> PolicyDocuments(ProjectFileFacts project, ProjectId id)
    {
        var policy = Path.Combine(project.Folder, "piiguard.json");
        return File.Exists(policy)
            ? [DocumentInfo.Create(DocumentId.CreateNewId(id, policy), "piiguard.json", loader: new FileTextLoader(policy, defaultEncoding: null), filePath: policy)]
            : [];
    }

    /// <summary>Every <c>.editorconfig</c> from the project's folder up to the repository root: severities and settings apply as in a build.</summary>
    private static IEnumerable<DocumentInfo> EditorConfigs(ProjectFileFacts project, ProjectId id, string root)
    {
        for (var folder = new DirectoryInfo(project.Folder); folder is not null; folder = folder.Parent)
        {
            var config = Path.Combine(folder.FullName, ".editorconfig");
            if (File.Exists(config))
            {
                yield return DocumentInfo.Create(
                    DocumentId.CreateNewId(id, config), ".editorconfig", loader: new FileTextLoader(config, defaultEncoding: null), filePath: config);
            }

            if (string.Equals(folder.FullName.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                yield break;
            }
        }
    }

    /// <summary>Project references among the scanned projects, leaving out any that would close a cycle (a compilation cannot have one).</summary>
    private static Dictionary<string, List<string>> ProjectEdges(ProjectFileFacts[] facts, Dictionary<string, ProjectId> ids)
    {
        var edges = facts.ToDictionary(project => project.ProjectFile, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var project in facts)
        {
            foreach (var referenced in project.ProjectReferences)
            {
                if (ids.ContainsKey(referenced) && referenced != project.ProjectFile && !Reaches(edges, referenced, project.ProjectFile))
                {
                    edges[project.ProjectFile].Add(referenced);
                }
            }
        }

        return edges;
    }

    /// <summary>
    /// Every project <paramref name="from"/> references, directly or through others: project references flow as restore
    /// makes them flow, so a test project that references the API sees the core types the API is built on.
    /// </summary>
    private static List<string> Reachable(Dictionary<string, List<string>> edges, string from)
    {
        var reached = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>(edges[from]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                reached.Add(next);
                foreach (var target in edges[next])
                {
                    pending.Push(target);
                }
            }
        }

        return reached;
    }

    private static bool Reaches(Dictionary<string, List<string>> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var next))
        {
            if (next == to)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var target in edges[next])
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Files matching <paramref name="pattern"/> below <paramref name="folder"/>, skipping build output and links; with
    /// <paramref name="stopAtProjects"/>, a nested folder holding its own project belongs to that project and is skipped.
    /// </summary>
    private static IEnumerable<string> FilesBelow(string folder, string pattern, bool stopAtProjects)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            IEnumerable<string> files;
            IEnumerable<string> children;
            try
            {
                files = Directory.EnumerateFiles(current, pattern).ToArray();
                children = Directory.EnumerateDirectories(current).ToArray();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in children)
            {
                var info = new DirectoryInfo(child);
                if (SkippedFolders.Contains(info.Name) || info.LinkTarget is not null
                    || (stopAtProjects && Directory.EnumerateFiles(child, "*.csproj").Any()))
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }
}
