using Allio.PiiGuard.Cli.Reporting;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Finds the policy file the analyzers read for a project: its <c>piiguard.json</c> additional file.</summary>
public static class PolicySourceReader
{
    private const string PolicyFileName = "piiguard.json";
    private const string PolicyFileProperty = "build_property.PiiGuardPolicyFile";

    /// <summary>The policy of the first project (in path order) that has one.</summary>
    public static async Task<PolicySource> ReadAsync(IEnumerable<Project> projects, RepositoryPaths paths, CancellationToken cancellationToken)
    {
        foreach (var project in projects)
        {
            if (PolicyDocument(project) is { FilePath: { } path } document)
            {
                var text = await document.GetTextAsync(cancellationToken);
                return Read(paths.ToRelative(path), text.ToString());
            }
        }

        return PolicySource.None;
    }

    private static TextDocument? PolicyDocument(Project project)
    {
        // The package's props may point the analyzers elsewhere with <PiiGuardPolicyFile>; the file name is what they match.
        var name = project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PolicyFileProperty, out var configured)
                   && configured.Length > 0
            ? Path.GetFileName(configured)
            : PolicyFileName;
        return project.AdditionalDocuments
            .Where(document => string.Equals(Path.GetFileName(document.FilePath), name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(document => document.FilePath, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// Seam for the policy loader of <c>src/Allio.PiiGuard/Policy</c>: until it is part of the analyzer assembly,
    /// the record is built from code alone and says so.
    /// </summary>
    private static PolicySource Read(string path, string text) =>
        new(path, null, [$"The policy loader is not in this build yet: {PolicyFileName} ({text.Length} characters) was found but not read; the record comes from code alone."]);
}
