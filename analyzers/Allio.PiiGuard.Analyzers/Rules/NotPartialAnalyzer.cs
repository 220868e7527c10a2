using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII014: a class, struct or record the generator would give hooks (<see cref="GeneratedHooks.WantsHooks"/>)
/// is not <c>partial</c>, so the source generator cannot give it a redacting <c>ToString</c>, a descriptor,
/// erasure, export and audit hooks. For nested types every containing type must be partial too.
/// </summary>
/// <remarks>
/// A record with personal data and a synthesized <c>ToString</c> also gets PII008 (the leak); this rule only
/// informs about the missing hooks. Both go away with the same fix. A type whose only marks are other
/// <c>DataClassificationAttribute</c>s is left alone: the generator is not woken by them, so partial would not help.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotPartialAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.NotPartial,
        title: "Type with personal data is not partial",
        messageFormat: "'{0}' holds personal data but is not partial, so it gets no generated redaction, erasure, export or audit hooks; make partial: {1}",
        RuleCategories.Declaration,
        DiagnosticSeverity.Info,
        description: "The PiiGuard generator gives every partial type with personal data a redacting ToString, a static "
            + "descriptor of its personal-data members, ErasePersonalData/ExportPersonalData for consent withdrawal and "
            + "access requests (152-FZ art. 14, 21; GDPR art. 15, 17) and audit hooks (152-FZ art. 18.1, 19). "
            + "It can only add them to partial types whose containing types are partial too.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // The hooks come with the PiiGuard package; without its vocabulary there is no generator to feed.
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is not null)
            {
                start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.Locations.IsEmpty || !GeneratedHooks.WantsHooks(type))
        {
            return;
        }

        var missing = GeneratedHooks.NotPartial(type, context.CancellationToken);
        if (missing.IsEmpty)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule, type.Locations[0], Display(type), string.Join(", ", missing.Select(static t => t.Name))));
    }

    private static string Display(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? Display(outer) + "." + type.Name : type.Name;
}
