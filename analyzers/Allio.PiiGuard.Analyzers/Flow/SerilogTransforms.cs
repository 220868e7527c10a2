using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A Serilog logger configured with <c>Destructure.ByTransforming&lt;T&gt;(x =&gt; new { x.Id, x.Tier })</c> writes the
/// projection, not the object, for a <c>{@Hole}</c> of type <c>T</c>; one configured with a destructuring policy of the
/// compilation (<c>Destructure.With&lt;StopPolicy&gt;()</c>) whose <c>TryDestructure</c> takes <c>T</c> apart
/// (<c>value is DeliveryStop stop</c>) writes what the policy reads of it. When that is nothing personal, the object is not
/// logged whole. Followed where the logger is built in the same method (through its locals), not in a field.
/// </summary>
internal static class SerilogTransforms
{
    private const string DestructuringConfiguration = "Serilog.Configuration.LoggerDestructuringConfiguration";

    /// <summary>How far back through the configuration chain and locals the transform is looked for.</summary>
    private const int MaxDepth = 24;

    /// <summary>
    /// True when the call's logger destructures <paramref name="valueType"/> by a projection of no personal member: a logger
    /// built in the method, or for Serilog's static <c>Log</c> the one the compilation assigns to <c>Log.Logger</c>.
    /// </summary>
    public static bool ProjectsAway(IInvocationOperation call, ITypeSymbol? valueType) =>
        valueType is not null
        && (call.Instance is { } logger ? Transform(logger, valueType, 0) == true : IsStaticLog(call.TargetMethod) && StaticLoggerProjectsAway(call, valueType));

    private static bool IsStaticLog(IMethodSymbol method) => method.IsStatic && SymbolNames.Is(method.ContainingType, "Serilog.Log");

    /// <summary>True when every configuration the compilation assigns to <c>Log.Logger</c> projects <paramref name="type"/> away.</summary>
    private static bool StaticLoggerProjectsAway(IInvocationOperation call, ITypeSymbol type)
    {
        var compilation = call.SemanticModel?.Compilation;
        var any = false;
        foreach (var configured in compilation is null ? [] : StaticLoggers.GetValue(compilation, FindStaticLoggers))
        {
            if (Transform(configured, type, 0) != true)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, List<IOperation>> StaticLoggers = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, List<AssignmentExpressionSyntax>> LoggerAssignments = new();

    /// <summary>
    /// The values the compilation assigns to Serilog's <c>Log.Logger</c>, bound once per compilation in the files that
    /// write <c>… Log.Logger = …</c> (a model of another tree, as RS1030 warns, kept to those few files). Which files do is
    /// read once per tree, so an edit reads only the edited file again.
    /// </summary>
    private static List<IOperation> FindStaticLoggers(Compilation compilation)
    {
        var found = new List<IOperation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var assignments = LoggerAssignments.GetValue(tree, static t => t.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>()
                .Where(assignment => assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Logger", Expression: var owner }
                    && owner.ToString().EndsWith("Log", System.StringComparison.Ordinal))
                .ToList());
            if (assignments.Count == 0)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var assignment in assignments)
            {
                if (model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property }, Value: var value }
                    && SymbolNames.Is(property.ContainingType, "Serilog.Log"))
                {
                    found.Add(value);
                }
            }
        }

        return found;
    }

    /// <summary>True when the configuration projects <paramref name="type"/> away, false when it writes personal data of it, null when it does not say.</summary>
    private static bool? Transform(IOperation? operation, ITypeSymbol type, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (OperationShapes.WithoutConversions(operation))
        {
            case ILocalReferenceOperation local:
                foreach (var value in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
                {
                    if (Transform(value, type, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IInvocationOperation { TargetMethod: { Name: "ByTransforming", TypeArguments.Length: 1 } method } transform
                when SymbolNames.Is(method.ContainingType, DestructuringConfiguration):
                return SymbolEqualityComparer.Default.Equals(method.TypeArguments[0], type) && transform.Arguments.Length == 1
                    && OperationShapes.LambdaOf(transform.Arguments[0].Value) is { } projection
                    ? !TakesPersonalData(projection)
                    : Transform(transform.Instance, type, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "With" } method } with
                when SymbolNames.Is(method.ContainingType, DestructuringConfiguration):
                foreach (var policy in Policies(with))
                {
                    if (DestructuringPolicies.Reads(policy, type) is { } takes)
                    {
                        return !takes;
                    }
                }

                return Transform(with.Instance, type, depth + 1);
            case IInvocationOperation call:
                return Transform(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null), type, depth + 1);
            case IPropertyReferenceOperation { Instance: { } owner }:
                // .Destructure, .Enrich: the configuration it belongs to.
                return Transform(owner, type, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The policy types a <c>Destructure.With</c> call adds: its type argument, or the types of the policies it is given.</summary>
    private static IEnumerable<ITypeSymbol> Policies(IInvocationOperation with)
    {
        foreach (var argument in with.TargetMethod.TypeArguments)
        {
            yield return argument;
        }

        foreach (var argument in with.Arguments)
        {
            var value = OperationShapes.WithoutConversions(argument.Value);
            var given = value is IArrayCreationOperation { Initializer: { } items } ? items.ElementValues : ImmutableArray.Create(value);
            foreach (var item in given)
            {
                if (OperationShapes.WithoutConversions(item).Type is { } policy)
                {
                    yield return policy;
                }
            }
        }
    }

    /// <summary>A member marked or named like personal data, whether or not inference is on: a guess keeps the object reported.</summary>
    internal static bool IsPersonal(ISymbol member) =>
        PiiModel.GetPii(member) is not null || PiiNameHeuristics.ClassifySymbol(member) is { DiscoveryOnly: false };

    /// <summary>A value that holds no object: text, a number, a date, a flag, an enum, a guid.</summary>
    internal static bool IsPlainValue(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum || PiiFlow.IsNumber(type) || SymbolNames.Is(type, "System.Guid");

    /// <summary>
    /// True when the projection reads a member of its parameter that is marked or named like personal data (whether or
    /// not inference is on: a guess keeps the object reported), or uses the parameter other than through a plain value
    /// member (the object whole, a member that is itself an object).
    /// </summary>
    private static bool TakesPersonalData(IAnonymousFunctionOperation projection)
    {
        foreach (var operation in projection.Body.Descendants())
        {
            if (operation is not IParameterReferenceOperation parameter
                || !SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, projection.Symbol))
            {
                continue;
            }

            if (parameter.Parent is not IMemberReferenceOperation { Member: var member } read || IsPersonal(member)
                || read.Type is not { } type || !IsPlainValue(type))
            {
                return true;
            }
        }

        return false;
    }
}
