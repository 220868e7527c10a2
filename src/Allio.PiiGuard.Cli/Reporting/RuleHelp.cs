using System.Collections.Concurrent;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// The rule pages (docs/rules/PIIxxx.md), embedded into the tool when it is built, so SARIF viewers show the same
/// help a reader of the repository sees, offline and for the very version that reported the finding.
/// </summary>
public static class RuleHelp
{
    private static readonly ConcurrentDictionary<string, string?> Pages = new(StringComparer.Ordinal);

    /// <summary>The Markdown page of <paramref name="ruleId"/>, or null when the tool ships none (a test rule, a future id).</summary>
    public static string? Markdown(string ruleId) => Pages.GetOrAdd(ruleId, static id =>
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream($"rules/{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    /// <summary>The page as plain text for viewers without Markdown: headings, emphasis and code marks removed.</summary>
    public static string PlainText(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(line => line.TrimStart('#', ' ').Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal)));
}
