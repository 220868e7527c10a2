using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Creates a flow rule's diagnostic for personal data from a source. A source guessed by inference keeps the rule's id
/// (so <c>.editorconfig</c> severities apply), says so in the message and carries <see cref="InferredProperty"/>.
/// </summary>
internal static class PiiFinding
{
    /// <summary>Diagnostic property set to <c>"true"</c> when the source was inferred from its name, not marked.</summary>
    public const string InferredProperty = "inferred";

    /// <summary>How every flow rule's message starts; an inferred finding rewrites this start.</summary>
    private const string MarkedStart = "Personal data {0} ({1}) ";

    private const string InferredStart = "{0} looks like personal data by its name ({1}) and ";

    private static readonly ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> InferredDescriptors = new();

    /// <summary>The diagnostic of <paramref name="descriptor"/>; its first two arguments name the data and its kind.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor, Location location, PiiInfo pii, ImmutableDictionary<string, string?>? properties, params object?[] arguments)
    {
        if (pii.Source != PiiSource.NameInference)
        {
            return Diagnostic.Create(descriptor, location, properties, arguments);
        }

        var inferred = (properties ?? ImmutableDictionary<string, string?>.Empty).SetItem(InferredProperty, "true");
        return Diagnostic.Create(InferredDescriptors.GetOrAdd(descriptor, Inferred), location, inferred, arguments);
    }

    private static DiagnosticDescriptor Inferred(DiagnosticDescriptor rule)
    {
        var format = rule.MessageFormat.ToString(CultureInfo.InvariantCulture);
        format = format.StartsWith(MarkedStart, System.StringComparison.Ordinal)
            ? InferredStart + format.Substring(MarkedStart.Length)
            : format + " (personal data by its name)";
        return new DiagnosticDescriptor(
            rule.Id, rule.Title, format, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault,
            rule.Description, rule.HelpLinkUri, rule.CustomTags.ToArray());
    }
}
