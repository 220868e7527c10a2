using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A number added up in a loop over many people's records (<c>foreach (var e in staff) total += e.Salary;</c>, a
/// payroll's total) describes the group, not one person, like LINQ's <c>staff.Sum(e =&gt; e.Salary)</c>, which the engine
/// already reads as a number computed from a sequence. A sum kept inside the loop, one person's own figure, and a sum
/// over a loop of plain numbers still carry it.
/// </summary>
internal static class Aggregates
{
    /// <summary>
    /// True when <paramref name="stored"/> is what <c>local += value</c> adds, inside a <c>foreach</c> over records that hold
    /// personal data, to a number declared outside that loop.
    /// </summary>
    public static bool AddsUpOverPeople(IOperation stored, ISymbol local, PiiFlow flow, MemberReader reader)
    {
        if (stored.Parent is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } sum || sum.Value != stored
            || local is not ILocalSymbol { Type: var type } declared || !PiiFlow.IsNumber(type))
        {
            return false;
        }

        for (var current = sum.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }

            if (current is IForEachLoopOperation loop && !loop.Syntax.Span.Contains(declared.Locations[0].SourceSpan)
                && loop.Collection.Type is { } collection && TypeContents.ElementType(Unconverted(loop.Collection).Type ?? collection) is { } element)
            {
                return IsPersonRecord(element, flow, reader);
            }
        }

        return false;
    }

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>A record whose members hold personal data: one person each, so a sum over several is the group's.</summary>
    private static bool IsPersonRecord(ITypeSymbol element, PiiFlow flow, MemberReader reader) =>
        element.SpecialType == SpecialType.None && !PiiFlow.IsNumber(element) && flow.GetWholeObject(element, reader) is not null;
}
