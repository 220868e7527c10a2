using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII014: a class, struct or record that declares personal-data members (marked one by one or by a class-level mark)
/// is not <c>partial</c>, so the source generator cannot give it a redacting <c>ToString</c>, a descriptor,
/// erasure, export and audit hooks. For nested types every containing type must be partial too.
/// </summary>
/// <remarks>
/// A record with personal data and a synthesized <c>ToString</c> also gets PII008 (the leak); this rule only
/// informs about the missing hooks. Both go away with the same fix.
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
        if (!PartialDeclarations.CanBePartial(type) || type.Locations.IsEmpty || !HoldsPii(type))
        {
            return;
        }

        var missing = PartialDeclarations.NotPartial(type);
        if (missing.IsEmpty)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule, type.Locations[0], Display(type), string.Join(", ", missing.Select(static t => t.Name))));
    }

    /// <summary>
    /// Declares personal-data fields or properties itself (a class-level mark makes every instance member one);
    /// inherited members are the base type's business, and a mark on a type without members gives the generator nothing to hook.
    /// </summary>
    private static bool HoldsPii(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol && !member.IsStatic
                && PiiModel.GetPii(member) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string Display(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? Display(outer) + "." + type.Name : type.Name;
}
