using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers;

/// <summary>Builds descriptors the same way for every rule: help link, category, enabled by default.</summary>
internal static class RuleDescriptors
{
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) => new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIdentifiers.HelpLink(id),
            customTags: customTags);
}
