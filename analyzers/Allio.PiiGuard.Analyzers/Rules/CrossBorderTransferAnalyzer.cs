using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Analyzers.Rules.Transfers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII003: personal data goes to a recipient in another country that the policy does not allow: cross-border
/// transfers are <c>forbidden</c>, or <c>declared</c> but the country is not adequate and the legal basis is not consent.
/// Recipients come from <c>[PiiRecipient]</c> marks, the policy's hosts and the built-in catalog of SaaS SDKs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CrossBorderTransferAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ForbiddenCrossBorderTransfer,
        title: "Personal data goes abroad where the policy forbids it",
        messageFormat: "Personal data {0} ({1}) goes to recipient '{2}'{3} in {4}, but piiguard.json {5}",
        RuleCategories.Policy,
        DiagnosticSeverity.Error,
        description: "A cross-border transfer needs a legal ground: 152-FZ art. 12 (adequate protection in the receiving country, "
            + "or the subject's written consent), GDPR art. 44-49 (adequacy decision, safeguards or a derogation such as explicit consent). "
            + "The policy's crossBorderTransfers, adequateCountries and the recipient's legalBasis state what the controller allows; "
            + "the seed's policy allows none (§3.3).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => TransferFinder.Register(start, Report));
    }

    private static void Report(OperationAnalysisContext context, PolicyContext policy, Transfer transfer)
    {
        if (BorderRule.Violation(policy, transfer.Target) is not { } violation)
        {
            return;
        }

        foreach (var group in transfer.ByWitness())
        {
            var first = group.Data[0];
            context.ReportDiagnostic(PiiFinding.Create(
                Rule,
                group.Witness.Syntax.GetLocation(),
                first.Pii,
                properties: null,
                first.Display,
                first.Pii.DisplayKind,
                transfer.Target.Id,
                transfer.Target.VendorNote,
                transfer.Target.Country,
                violation));
        }
    }
}
