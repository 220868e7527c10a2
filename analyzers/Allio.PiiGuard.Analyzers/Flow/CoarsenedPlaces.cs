using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A coordinate rounded to at most one decimal (about 11 km) or to whole degrees (<c>Math.Round(p.Latitude, 0)</c>,
/// <c>Math.Floor(lat)</c>, <c>(int)p.Longitude</c>) locates a region, not a person: the flow drops a location there, and
/// keeps anything else the value carries (a rounded salary is still a salary).
/// </summary>
internal static class CoarsenedPlaces
{
    /// <summary>The most decimals a rounded coordinate keeps and still names only a region.</summary>
    private const int MaxDecimals = 1;

    /// <summary>The kind whose values rounding coarsens.</summary>
    public const string Kind = "Location";

    /// <summary>The rounded value when <paramref name="operation"/> rounds a number to at most one decimal, else null.</summary>
    public static IOperation? RoundedValue(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType: { } math } method, Arguments: { Length: > 0 } arguments }
            when IsMath(math) && Decimals(method.Name, arguments) is <= MaxDecimals => arguments[0].Value,
        IConversionOperation { IsImplicit: false, Type: { } to, Operand: { Type: { } from } operand }
            when IsIntegral(to) && from.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal => operand,
        _ => null,
    };

    private static bool IsMath(INamedTypeSymbol type) =>
        type.Name is "Math" or "MathF" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>The decimals a call keeps: none for Floor, Ceiling, Truncate and Round without digits; a constant's for Round; else unknown.</summary>
    private static int? Decimals(string name, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        switch (name)
        {
            case "Floor" or "Ceiling" or "Truncate":
                return 0;
            case "Round":
                foreach (var argument in arguments)
                {
                    if (argument.Parameter is { Name: "digits" or "decimals" })
                    {
                        return argument.Value.ConstantValue is { HasValue: true, Value: int digits } ? digits : null;
                    }
                }

                return 0;
            default:
                return null;
        }
    }

    private static bool IsIntegral(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte;
}
