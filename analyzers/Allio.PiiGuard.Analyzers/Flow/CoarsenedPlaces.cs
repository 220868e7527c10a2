using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A coordinate rounded to at most one decimal (about 11 km) or to whole degrees (<c>Math.Round(p.Latitude, 0)</c>,
/// <c>Math.Floor(lat)</c>, <c>(int)p.Longitude</c>) locates a region, not a person: the flow drops a location there, and
/// keeps anything else the value carries (a rounded salary is still a salary). So does the first word of an address
/// (<c>postcode.Split(' ')[0]</c>: a postcode's outward code, a district of thousands of homes, or a house number alone):
/// the flow drops a postal address there.
/// </summary>
internal static class CoarsenedPlaces
{
    /// <summary>The most decimals a rounded coordinate keeps and still names only a region.</summary>
    private const int MaxDecimals = 1;

    /// <summary>The kind whose values rounding coarsens.</summary>
    public const string Kind = "Location";

    /// <summary>The kind whose values the first word of a text coarsens.</summary>
    public const string AddressKind = "PostalAddress";

    /// <summary>The coarsened value and the kind coarsening drops, or null when <paramref name="operation"/> coarsens nothing.</summary>
    public static (IOperation Value, string Kind)? Coarsened(IOperation operation) =>
        RoundedValue(operation) is { } rounded ? (rounded, Kind)
        : FirstWordOf(operation) is { } text ? (text, AddressKind)
        : null;

    /// <summary>The text whose first space-separated word <paramref name="operation"/> takes (<c>postcode.Split(' ')[0]</c>), else null.</summary>
    private static IOperation? FirstWordOf(IOperation operation)
    {
        if (operation is not IArrayElementReferenceOperation { Indices.Length: 1 } element
            || element.Indices[0].ConstantValue is not { HasValue: true, Value: 0 }
            || element.ArrayReference is not IInvocationOperation { TargetMethod: { Name: "Split", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } text } split
            || split.Arguments.Length == 0)
        {
            return null;
        }

        var separator = split.Arguments[0].Value;
        while (separator is IConversionOperation conversion)
        {
            separator = conversion.Operand;
        }

        if (separator is IArrayCreationOperation { Initializer.ElementValues: { Length: 1 } values })
        {
            separator = values[0];
        }

        return separator.ConstantValue is { HasValue: true, Value: ' ' or " " } ? text : null;
    }

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
