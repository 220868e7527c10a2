using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII005: code marked <c>[ProcessingPurpose("p")]</c> (on the lambda, local function, method or type around it)
/// reads personal data whose declared purposes do not include <c>p</c>. Members that declare no purpose are
/// PII010's business and stay silent here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PurposeMismatchAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PurposeMismatch,
        title: "Personal data is used for a purpose it was not collected for",
        messageFormat: "'{0}' ({1}) is declared for {2}, but this code processes it for '{3}'",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        description: "Personal data may be processed only for the purposes it was collected for; processing "
            + "incompatible with them is not allowed (152-FZ art. 5 parts 2-3, GDPR art. 5(1)(b) purpose limitation). "
            + "Add the purpose to the member's Purposes if the policy allows it, or do not use the member here.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // No purpose can be declared without the vocabulary.
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.ProcessingPurposeAttribute) is null)
            {
                return;
            }

            var purposes = new ConcurrentDictionary<ISymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation => AnalyzeRead(operation, purposes),
                OperationKind.PropertyReference,
                OperationKind.FieldReference);
        });
    }

    private static void AnalyzeRead(OperationAnalysisContext context, ConcurrentDictionary<ISymbol, ImmutableArray<string>> cache)
    {
        var operation = context.Operation;
        var member = operation switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        if (member is null)
        {
            return;
        }

        var declared = cache.GetOrAdd(member.OriginalDefinition, DeclaredPurposes);
        if (declared.IsEmpty || PolicyMarks.CodePurpose(operation, context.ContainingSymbol) is not { } purpose
            || declared.Contains(purpose) || IsWriteOnly(operation))
        {
            return;
        }

        var pii = PiiModel.GetPii(member.OriginalDefinition)!;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            operation.Syntax.GetLocation(),
            member.ContainingType.Name + "." + member.Name,
            pii.DisplayKind,
            Describe(declared),
            purpose));
    }

    /// <summary>The purposes of a PiiGuard-marked member; empty for everything else.</summary>
    private static ImmutableArray<string> DeclaredPurposes(ISymbol member) =>
        PiiModel.GetPii(member) is { Source: PiiSource.PiiGuard } pii
            ? PolicyMarks.DeclaredPurposes(member, pii)
            : ImmutableArray<string>.Empty;

    /// <summary>
    /// Assignment targets and <c>nameof</c> arguments do not read the value: storing data or naming a member
    /// is not using it for a purpose.
    /// </summary>
    private static bool IsWriteOnly(IOperation operation)
    {
        if (operation.Parent is ISimpleAssignmentOperation assignment && assignment.Target == operation)
        {
            return true;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(ImmutableArray<string> purposes) =>
        (purposes.Length == 1 ? "purpose " : "purposes ") + string.Join(", ", purposes.Select(p => "'" + p + "'"));
}
