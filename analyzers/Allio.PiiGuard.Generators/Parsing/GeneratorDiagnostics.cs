using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Problems only the generator can see. A type that is not <c>partial</c> is the analyzers' PII014
/// and is not reported here.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "Allio.PiiGuard.Generator";

    // Absolute, like the analyzers' links: the IDE opens help links in a browser.
    private const string HelpBase = "https://github.com/allio-llc/Allio.PiiGuard/blob/main/docs/generator.md#";

    // Info, not a warning: immutable types are a sound design, erased by dropping the instance.
    public static readonly DiagnosticDescriptor MemberNotErasable = new(
        "PIIG001",
        "Personal data cannot be erased",
        "'{0}.{1}' is read-only or init-only, so ErasePersonalData() cannot erase it; make it settable or a partial property (erased through its generated field), or erase by replacing the instance",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        helpLinkUri: HelpBase + "piig001");

    public static readonly DiagnosticDescriptor GeneratedMemberExists = new(
        "PIIG002",
        "A generated member name is taken",
        "'{0}' already declares or inherits '{1}', a member the generator writes, so it gets no generated hooks",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpBase + "piig002");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        "PIIG003",
        "Containing type is not partial",
        "'{0}' is nested in '{1}', which is not partial, so it gets no generated hooks",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpBase + "piig003");

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "PIIG001" => MemberNotErasable,
        "PIIG002" => GeneratedMemberExists,
        _ => ContainingTypeNotPartial,
    };
}
