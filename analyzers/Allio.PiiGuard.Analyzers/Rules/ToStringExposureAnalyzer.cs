using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII008: a type exposes its personal data through <c>ToString</c>. Two shapes: (a) a record whose
/// <c>ToString</c> and <c>PrintMembers</c> are synthesized prints every public member, marked ones included,
/// wherever the record is logged, interpolated or shown by a debugger; (b) a user <c>ToString</c> (or a
/// record's <c>PrintMembers</c>) reads a marked member of <c>this</c>.
/// </summary>
/// <remarks>
/// A record the PiiGuard generator gives hooks (<see cref="GeneratedHooks.GetsHooks"/>) is left alone: it gets a redacting
/// <c>PrintMembers</c>. A partial record it does not reach (a containing type is not partial, or its only marks are
/// classifications the generator does not listen for) still prints them.
/// Interpolating a whole object elsewhere is the data-flow engine's business, not this rule's.
/// The walk in (b) is deliberately local: a read that only measures or compares the value, or passes it to a
/// <c>[PiiSanitizer]</c>, prints nothing.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToStringExposureAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which shape was found, so each fix offers itself only where it applies.</summary>
    public const string ShapeProperty = "Shape";

    /// <summary>Shape (a): a record's synthesized <c>ToString</c>; fixed by making the record partial.</summary>
    public const string SynthesizedShape = "Synthesized";

    /// <summary>Shape (b): a read in a user <c>ToString</c>; fixed by masking the read.</summary>
    public const string UserShape = "User";

    /// <summary>Diagnostic property of shape (b): the <c>PiiKind</c> member name of the read member.</summary>
    public const string KindProperty = "Kind";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PiiInToString,
        title: "Personal data is exposed through ToString",
        messageFormat: "'{0}' exposes personal data {1} through {2}",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "ToString ends up in logs, exception messages, UI and debugger views. A record's synthesized ToString "
            + "prints every public member; a hand-written one prints what it reads. Either discloses personal data to "
            + "whoever reads the output (152-FZ art. 7, 19; GDPR art. 5(1)(f), 32). Make the record partial so the "
            + "PiiGuard generator writes a redacting ToString, or mask the member.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Both fixes need the PiiGuard package (the generator, PiiRedact); without its vocabulary stay silent.
            // The flow engine's view of a member (marked, or under inference personal by its name) and of sanitizers.
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is not null
                && PiiFlow.For(start.Compilation, start.Options) is { } flow)
            {
                start.RegisterSymbolAction(symbol => AnalyzeRecord(symbol, flow), SymbolKind.NamedType);
                start.RegisterOperationBlockAction(block => AnalyzeUserToString(block, flow));
            }
        });
    }

    private static void AnalyzeRecord(SymbolAnalysisContext context, PiiFlow flow)
    {
        var record = (INamedTypeSymbol)context.Symbol;
        if (!record.IsRecord || record.DeclaringSyntaxReferences.IsEmpty || record.Locations.IsEmpty
            || GeneratedHooks.GetsHooks(record, context.CancellationToken) || !IsSynthesized(record, "ToString") || !IsSynthesized(record, "PrintMembers"))
        {
            return;
        }

        var printed = new List<string>();
        PiiInfo? source = null;
        foreach (var member in flow.GetPrintedMembers(record) ?? ImmutableArray<ISymbol>.Empty)
        {
            // The synthesized PrintMembers prints the public instance fields and readable properties declared here and in
            // its base records; a collection shows its type's name, not its items.
            if (flow.GetPii(member) is { } pii)
            {
                printed.Add(member.Name + " (" + pii.DisplayKind + ")");
                source = source is null || pii.Source != PiiSource.NameInference ? pii : source;
            }
        }

        if (source is not null)
        {
            // Making the record partial gives hooks only to marked members: with guesses alone, marking comes first (PII006).
            var properties = source.Source == PiiSource.NameInference
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, SynthesizedShape);
            context.ReportDiagnostic(PiiFinding.Create(
                Rule, record.Locations[0], source, properties, record.Name, string.Join(", ", printed), "its synthesized ToString"));
        }
    }

    private static void AnalyzeUserToString(OperationBlockAnalysisContext context, PiiFlow flow)
    {
        if (context.OwningSymbol is not IMethodSymbol { IsImplicitlyDeclared: false } method || !PrintsThis(method))
        {
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (PrintedState(operation) is { } state && flow.GetPii(state) is { } pii && IsPrinted(operation, flow))
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(ShapeProperty, UserShape)
                        .Add(KindProperty, pii.Kind);
                    context.ReportDiagnostic(PiiFinding.Create(
                        Rule, operation.Syntax.GetLocation(), pii, properties,
                        method.ContainingType.Name, state.Name + " (" + pii.DisplayKind + ")", method.Name + "()"));
                }
            }
        }
    }

    /// <summary>
    /// The state of the object a read in its <c>ToString</c> takes: a field or property of the object (<c>Email</c>), of an
    /// object it holds (<c>Tenant.FullName</c>), or a primary constructor's parameter it captured (<c>passengerName</c>); null
    /// for anything else.
    /// </summary>
    private static ISymbol? PrintedState(IOperation operation)
    {
        if (operation is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } captured })
        {
            return captured;
        }

        if (operation is not (IFieldReferenceOperation or IPropertyReferenceOperation) || operation is IPropertyReferenceOperation { Property.IsIndexer: true })
        {
            return null;
        }

        var read = (IMemberReferenceOperation)operation;
        for (var instance = Accessed(read.Instance); instance is not null; instance = Accessed((instance as IMemberReferenceOperation)?.Instance))
        {
            if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                return read.Member;
            }

            if (instance is not (IFieldReferenceOperation or IPropertyReferenceOperation))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The object a member is read from: for <c>Offender?.FullName</c>, the <c>Offender</c> the access tests.</summary>
    private static IOperation? Accessed(IOperation? instance)
    {
        if (instance is not IConditionalAccessInstanceOperation)
        {
            return instance;
        }

        for (IOperation child = instance; child.Parent is { } parent; child = parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>A <c>ToString()</c> override, or a record's own <c>PrintMembers(StringBuilder)</c>.</summary>
    private static bool PrintsThis(IMethodSymbol method) =>
        (method is { Name: "ToString", IsOverride: true, Parameters.Length: 0 })
        || (method is { Name: "PrintMembers", Parameters.Length: 1, ContainingType.IsRecord: true }
            && SymbolNames.Is(method.Parameters[0].Type, "System.Text.StringBuilder"));

    private static bool IsSynthesized(INamedTypeSymbol record, string name)
    {
        var found = false;
        foreach (var member in record.GetMembers(name))
        {
            if (member is IMethodSymbol method)
            {
                if (!method.IsImplicitlyDeclared)
                {
                    return false;
                }

                found = true;
            }
        }

        // No ToString at all: a base record sealed its own, so nothing is synthesized here.
        return found;
    }

    /// <summary>False when the read only measures, compares, names or sanitizes the value.</summary>
    private static bool IsPrinted(IOperation read, PiiFlow flow)
    {
        var child = read;
        var parent = read.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IMemberReferenceOperation member => member.Instance != child,
            IBinaryOperation binary => !IsComparison(binary.OperatorKind),
            IIsPatternOperation or IIsTypeOperation or INameOfOperation => false,
            IConditionalOperation conditional => conditional.Condition != child,
            ISimpleAssignmentOperation assignment => assignment.Target != child,
            IArgumentOperation { Parent: IInvocationOperation invocation } => !flow.IsSanitizer(invocation.TargetMethod),
            _ => true,
        };
    }

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
        or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
        or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals;
}
