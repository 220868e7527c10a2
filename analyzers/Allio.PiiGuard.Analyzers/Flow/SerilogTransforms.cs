using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A Serilog logger configured with <c>Destructure.ByTransforming&lt;T&gt;(x =&gt; new { x.Id, x.Tier })</c> writes the
/// projection, not the object, for a <c>{@Hole}</c> of type <c>T</c>: when the projection takes nothing personal, the
/// object is not logged whole. Followed where the logger is built in the same method (through its locals), not in a field.
/// </summary>
internal static class SerilogTransforms
{
    private const string DestructuringConfiguration = "Serilog.Configuration.LoggerDestructuringConfiguration";

    /// <summary>How far back through the configuration chain and locals the transform is looked for.</summary>
    private const int MaxDepth = 24;

    /// <summary>True when the call's logger destructures <paramref name="valueType"/> by a projection of no personal member.</summary>
    public static bool ProjectsAway(IInvocationOperation call, ITypeSymbol? valueType) =>
        valueType is not null && call.Instance is { } logger && Transform(logger, valueType, 0) is { } projection
        && !TakesPersonalData(projection);

    private static IAnonymousFunctionOperation? Transform(IOperation? operation, ITypeSymbol type, int depth)
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
                    ? projection
                    : Transform(transform.Instance, type, depth + 1);
            case IInvocationOperation call:
                return Transform(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null), type, depth + 1);
            case IPropertyReferenceOperation { Instance: { } owner }:
                // .Destructure, .Enrich: the configuration it belongs to.
                return Transform(owner, type, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>A value that holds no object: text, a number, a date, a flag, an enum, a guid.</summary>
    private static bool IsPlainValue(ITypeSymbol type) =>
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

            if (parameter.Parent is not IMemberReferenceOperation { Member: var member } read || PiiModel.GetPii(member) is not null
                || PiiNameHeuristics.ClassifySymbol(member) is { DiscoveryOnly: false }
                || read.Type is not { } type || !IsPlainValue(type))
            {
                return true;
            }
        }

        return false;
    }
}
