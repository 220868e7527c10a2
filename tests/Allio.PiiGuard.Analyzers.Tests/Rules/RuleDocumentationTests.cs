using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Every descriptor's help link must lead to a page of <c>docs/rules</c>.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    [
        new UnmarkedPiiAnalyzer(),
        new ToStringExposureAnalyzer(),
        new NotPartialAnalyzer(),
    ];

    [Fact]
    public void Help_links_point_at_existing_pages()
    {
        foreach (var descriptor in Analyzers.SelectMany(static analyzer => analyzer.SupportedDiagnostics))
        {
            Assert.Equal(RuleIdentifiers.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot(), "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id}: missing {page}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
