using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Finds the policy file the analyzers read for a project: its <c>piiguard.json</c> additional file.</summary>
public static class PolicySourceReader
{
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
            : PiiPolicyLoader.FileName;
        return project.AdditionalDocuments
            .Where(document => string.Equals(Path.GetFileName(document.FilePath), name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(document => document.FilePath, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// Reads the file with the analyzers' own loader (<c>src/Allio.PiiGuard/Policy</c>, compiled into the analyzer
    /// assembly), so the record accepts exactly what PII009 accepts.
    /// </summary>
    private static PolicySource Read(string path, string text)
    {
        var loaded = PiiPolicyLoader.Load(text);
        return new PolicySource(
            path,
            loaded.Policy is { } policy ? View(policy) : null,
            [.. loaded.Problems.Select(problem => $"{path}({problem.Line},{problem.Column}): {problem.Code}: {problem.Message}")]);
    }

    private static PolicyView View(PiiPolicy policy) => new(
        policy.Controller,
        policy.Jurisdiction,
        policy.CrossBorderTransfers == CrossBorderTransferMode.Declared ? "declared" : "forbidden",
        [.. policy.AdequateCountries],
        [.. policy.Purposes.Select(purpose => new PolicyEntry(purpose.Id, purpose.Title))],
        [.. policy.Subjects.Select(subject => new PolicyEntry(subject.Id, subject.Title))],
        [
            .. policy.Recipients.Select(recipient => new PolicyRecipientView(
                recipient.Id, recipient.Title, recipient.Country, LegalBasisWord(recipient.LegalBasis), [.. recipient.Kinds], [.. recipient.Purposes])),
        ],
        [.. policy.Stores.Select(store => new PolicyStoreView(store.Id, store.Title, store.Country))]);

    /// <summary>The word the policy file uses for a legal basis.</summary>
    private static string LegalBasisWord(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "consent",
        LegalBasis.Law => "law",
        LegalBasis.Contract => "contract",
        LegalBasis.LegitimateInterest => "legitimate-interest",
        _ => "unknown",
    };
}
