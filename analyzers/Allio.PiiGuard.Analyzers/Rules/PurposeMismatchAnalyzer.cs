using System;
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
/// reads personal data (a member reference, or a record's positional property through deconstruction) whose
/// declared purposes do not include <c>p</c>. Members that declare no purpose are PII010's business and stay silent here.
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
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.ProcessingPurposeAttribute) is null
                || !PiiSources.For(start.Compilation, start.Options).MayHoldMarks)
            {
                return;
            }

            var analysis = new Analysis();
            start.RegisterOperationAction(analysis.AnalyzeMemberReference, OperationKind.PropertyReference, OperationKind.FieldReference);
            start.RegisterOperationAction(analysis.AnalyzeDeconstruction, OperationKind.DeconstructionAssignment);
            start.RegisterOperationAction(analysis.AnalyzePositionalPattern, OperationKind.RecursivePattern);
        });
    }

    /// <summary>Per-compilation state: the declared purposes of each member, computed once.</summary>
    private sealed class Analysis
    {
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>> _purposes = new(SymbolEqualityComparer.Default);

        public void AnalyzeMemberReference(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            var member = operation switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };

            if (member is not null)
            {
                Check(context, member, operation.Syntax, isWriteOnly: IsWriteOnly);
            }
        }

        /// <summary><c>var (email, _) = candidate;</c> reads a record's positional properties through its <c>Deconstruct</c>.</summary>
        public void AnalyzeDeconstruction(OperationAnalysisContext context)
        {
            var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
            var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
            if (target is not ITupleOperation tuple || deconstruction.Value.Type is not INamedTypeSymbol { IsRecord: true } record
                || SynthesizedDeconstruct(record, tuple.Elements.Length) is not { } deconstruct)
            {
                return;
            }

            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                if (tuple.Elements[i] is not IDiscardOperation && PositionalProperty(record, deconstruct.Parameters[i]) is { } property)
                {
                    Check(context, property, tuple.Elements[i].Syntax, isWriteOnly: null);
                }
            }
        }

        /// <summary><c>candidate is Candidate(var email)</c> reads a record's positional properties too.</summary>
        public void AnalyzePositionalPattern(OperationAnalysisContext context)
        {
            var pattern = (IRecursivePatternOperation)context.Operation;
            if (pattern.DeconstructSymbol is not IMethodSymbol { IsImplicitlyDeclared: true, ContainingType.IsRecord: true } deconstruct
                || deconstruct.Parameters.Length != pattern.DeconstructionSubpatterns.Length)
            {
                return;
            }

            for (var i = 0; i < pattern.DeconstructionSubpatterns.Length; i++)
            {
                var subpattern = pattern.DeconstructionSubpatterns[i];
                if (subpattern is not IDiscardPatternOperation && PositionalProperty(deconstruct.ContainingType, deconstruct.Parameters[i]) is { } property)
                {
                    Check(context, property, subpattern.Syntax, isWriteOnly: null);
                }
            }
        }

        private void Check(OperationAnalysisContext context, ISymbol member, SyntaxNode at, Func<IOperation, bool>? isWriteOnly)
        {
            // Every member read of the compilation passes here: a hit must not allocate the factory's delegate.
            var original = member.OriginalDefinition;
            var declared = _purposes.TryGetValue(original, out var known) ? known : _purposes.GetOrAdd(original, DeclaredPurposes);
            if (declared.IsEmpty || PolicyMarks.CodePurpose(context.Operation, context.ContainingSymbol) is not { } purpose
                || declared.Contains(purpose) || isWriteOnly?.Invoke(context.Operation) == true)
            {
                return;
            }

            var pii = PiiModel.GetPii(member.OriginalDefinition)!;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                at.GetLocation(),
                member.ContainingType.Name + "." + member.Name,
                pii.DisplayKind,
                Describe(declared),
                purpose));
        }
    }

    /// <summary>The compiler-written <c>Deconstruct</c> of a positional record with <paramref name="arity"/> parameters.</summary>
    private static IMethodSymbol? SynthesizedDeconstruct(INamedTypeSymbol record, int arity)
    {
        foreach (var member in record.GetMembers("Deconstruct"))
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: true } method && method.Parameters.Length == arity)
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>A synthesized <c>Deconstruct</c> parameter is named after the positional property it reads.</summary>
    private static IPropertySymbol? PositionalProperty(INamedTypeSymbol record, IParameterSymbol parameter)
    {
        for (INamedTypeSymbol? type = record; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property)
                {
                    return property;
                }
            }
        }

        return null;
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
