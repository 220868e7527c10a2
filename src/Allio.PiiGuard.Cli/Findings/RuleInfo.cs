namespace Allio.PiiGuard.Cli.Findings;

/// <summary>What reports say about a rule, taken from the analyzers' own descriptors.</summary>
/// <param name="Id">Rule id, e.g. <c>PII001</c>.</param>
/// <param name="Name">Identifier-like name, e.g. <c>LoggedPii</c>.</param>
/// <param name="Title">Short description.</param>
/// <param name="Description">Full description (the title when the descriptor has none).</param>
/// <param name="Category">Diagnostic category.</param>
/// <param name="DefaultLevel">Severity before any <c>.editorconfig</c>.</param>
/// <param name="HelpUri">The rule's documentation page.</param>
public sealed record RuleInfo(
    string Id,
    string Name,
    string Title,
    string Description,
    string Category,
    FindingLevel DefaultLevel,
    string HelpUri);
