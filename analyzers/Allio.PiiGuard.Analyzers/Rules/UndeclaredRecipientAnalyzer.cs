using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Analyzers.Rules.Transfers;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII004: personal data goes to a recipient the policy does not declare (an unknown <c>[PiiRecipient]</c> id, a
/// well-known SaaS SDK), or to a declared one outside its <c>kinds</c> or <c>purposes</c>. A transfer PII003 already
/// forbids is left to it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredRecipientAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.UndeclaredRecipient,
        title: "Personal data goes to an undeclared recipient, or beyond what a recipient may receive",
        messageFormat: "Personal data {0} ({1}) goes to recipient '{2}'{3}, but {4}",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        description: "Personal data may be disclosed to a third party only on a ground the controller has stated, for the purposes "
            + "it was collected for and no more than they need (152-FZ art. 5, 6 and 7; GDPR art. 5(1)(b)-(c) and 28). "
            + "Declare the recipient in piiguard.json with its country, legal basis, kinds and purposes, or do not send the data.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => TransferFinder.Register(start, Report));
    }

    private static void Report(OperationAnalysisContext context, PolicyContext policy, Transfer transfer)
    {
        var target = transfer.Target;
        if (BorderRule.Violation(policy, target) is not null)
        {
            return;
        }

        var codePurpose = PolicyMarks.CodePurpose(context.Operation, context.ContainingSymbol);
        foreach (var group in transfer.ByWitness())
        {
            foreach (var datum in group.Data)
            {
                if (Problem(target, datum, codePurpose) is { } problem)
                {
                    context.ReportDiagnostic(PiiFinding.Create(
                        Rule, group.Witness.Syntax.GetLocation(), datum.Pii, properties: null, datum.Display, datum.Pii.DisplayKind, target.Id, target.VendorNote, problem));
                    break;
                }
            }
        }
    }

    /// <summary>What the policy does not allow about sending <paramref name="datum"/> to <paramref name="target"/>, or null.</summary>
    private static string? Problem(TransferTarget target, TransferredDatum datum, string? codePurpose)
    {
        if (target.Declared is not { } recipient)
        {
            return target.Known is { } known
                ? "piiguard.json declares no recipient '" + target.Id + "' (" + known.Vendor + " processes data in " + known.Country + ")"
                : "piiguard.json declares no recipient '" + target.Id + "'";
        }

        if (!recipient.AllowsKind(datum.PolicyKind))
        {
            return "piiguard.json allows it only kinds " + List(recipient.Kinds) + ", not " + datum.PolicyKind;
        }

        if (codePurpose is not null && !recipient.AllowsPurpose(codePurpose))
        {
            return "this code processes it for '" + codePurpose + "', and piiguard.json allows the recipient only purposes " + List(recipient.Purposes);
        }

        var declared = PolicyMarks.DeclaredPurposes(datum.Member, datum.Pii);
        if (!declared.IsEmpty && !AnyAllowed(recipient, declared))
        {
            return "the data is declared for " + List(declared) + ", and piiguard.json allows the recipient only purposes " + List(recipient.Purposes);
        }

        return null;
    }

    private static bool AnyAllowed(PolicyRecipient recipient, ImmutableArray<string> purposes)
    {
        foreach (var purpose in purposes)
        {
            if (recipient.AllowsPurpose(purpose))
            {
                return true;
            }
        }

        return false;
    }

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values) + "]";
}
