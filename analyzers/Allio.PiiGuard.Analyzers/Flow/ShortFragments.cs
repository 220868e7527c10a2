using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A few characters cut from a text by constant bounds: the last four digits of a card (<c>card.Number[^4..]</c>), the
/// last two of a phone (<c>phone.Substring(phone.Length - 2)</c>), an initial (<c>name[..1]</c>, <c>name[0]</c>), at most a few
/// (<c>code[..Math.Min(3, code.Length)]</c>, <c>code.Length &gt; 3 ? code[..3] : code</c>). The masked forms that
/// payment and support screens show carry no personal data on their own, so the flow stops there.
/// </summary>
internal static class ShortFragments
{
    /// <summary>The most characters a fragment keeps: the last four digits of a card, as PCI DSS allows to show.</summary>
    private const int MaxLength = 4;

    /// <summary>True when <paramref name="operation"/> takes at most four characters of a text by constant bounds.</summary>
    public static bool IsShort(IOperation operation) => operation switch
    {
        IImplicitIndexerReferenceOperation { Instance.Type.SpecialType: SpecialType.System_String, Argument: IRangeOperation range } => IsShort(range),
        // One character at a constant place: an initial (name[0], part[^1]).
        IPropertyReferenceOperation { Property: { IsIndexer: true, ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } character
            => character.Arguments[0].Value.ConstantValue.HasValue,
        IImplicitIndexerReferenceOperation { Instance.Type.SpecialType: SpecialType.System_String, Argument: IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue.HasValue: true } } => true,
        IInvocationOperation { TargetMethod: { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String } } call => IsShortSubstring(call),
        // A text's first or last character by LINQ (name.FirstOrDefault()): an initial.
        IInvocationOperation { TargetMethod: { Name: "First" or "FirstOrDefault" or "Last" or "LastOrDefault", ContainingType.Name: "Enumerable" }, Arguments.Length: 1 } single
            => single.Arguments[0].Value is IConversionOperation { Operand.Type.SpecialType: SpecialType.System_String } or { Type.SpecialType: SpecialType.System_String },
        IConditionalOperation { Condition: IBinaryOperation measure, WhenFalse: { } whenFalse } choice => IsTruncation(measure, choice.WhenTrue, whenFalse),
        _ => false,
    };

    /// <summary>
    /// <c>s.Length &gt; 3 ? s[..3] : s</c> (or <c>s.Length &lt;= 3 ? s : s.Substring(0, 3)</c>): a short fragment of a text, or
    /// the text itself where it is no longer than a fragment.
    /// </summary>
    private static bool IsTruncation(IBinaryOperation measure, IOperation whenTrue, IOperation whenFalse)
    {
        var (length, bound, test) = measure.LeftOperand is IPropertyReferenceOperation { Property.Name: "Length" } left
            ? (left, measure.RightOperand, TestOf(measure.OperatorKind))
            : measure.RightOperand is IPropertyReferenceOperation { Property.Name: "Length" } right
                ? (right, measure.LeftOperand, Mirrored(TestOf(measure.OperatorKind)))
                : (null, null, LengthTest.None);
        if (length is null || bound?.ConstantValue is not { HasValue: true, Value: int limit } || WholeBranch(test, limit) is not var (wholeWhenTrue, _))
        {
            return false;
        }

        var (whole, cut) = wholeWhenTrue ? (whenTrue, whenFalse) : (whenFalse, whenTrue);
        return IsShort(cut) && SameValue(Unconverted(whole), length.Instance);
    }

    /// <summary>How a condition compares a text's length with a constant, read as <c>Length ? constant</c>.</summary>
    private enum LengthTest
    {
        None,
        Above,
        AtLeast,
        AtMost,
        Below,
    }

    private static LengthTest TestOf(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.GreaterThan => LengthTest.Above,
        BinaryOperatorKind.GreaterThanOrEqual => LengthTest.AtLeast,
        BinaryOperatorKind.LessThanOrEqual => LengthTest.AtMost,
        BinaryOperatorKind.LessThan => LengthTest.Below,
        _ => LengthTest.None,
    };

    private static LengthTest TestOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.GreaterThanExpression => LengthTest.Above,
        SyntaxKind.GreaterThanOrEqualExpression => LengthTest.AtLeast,
        SyntaxKind.LessThanOrEqualExpression => LengthTest.AtMost,
        SyntaxKind.LessThanExpression => LengthTest.Below,
        _ => LengthTest.None,
    };

    /// <summary><c>constant ? Length</c> read as <c>Length ? constant</c>.</summary>
    private static LengthTest Mirrored(LengthTest test) => test switch
    {
        LengthTest.Above => LengthTest.Below,
        LengthTest.AtLeast => LengthTest.AtMost,
        LengthTest.AtMost => LengthTest.AtLeast,
        LengthTest.Below => LengthTest.Above,
        _ => test,
    };

    /// <summary>
    /// Which branch keeps the text whole (the true one for <c>Length &lt;= 3</c>), when that branch can only hold a short
    /// fragment's worth of it; null when it can hold more.
    /// </summary>
    private static (bool WholeWhenTrue, int Longest)? WholeBranch(LengthTest test, int limit)
    {
        var (wholeWhenTrue, longest) = test switch
        {
            LengthTest.Above => (false, limit),
            LengthTest.AtLeast => (false, limit - 1),
            LengthTest.AtMost => (true, limit),
            LengthTest.Below => (true, limit - 1),
            _ => (false, int.MaxValue),
        };
        return longest <= MaxLength ? (wholeWhenTrue, longest) : null;
    }

    private static IOperation Unconverted(IOperation value) => value is IConversionOperation conversion ? conversion.Operand : value;

    /// <summary>
    /// The same cuts read from syntax, for a method in another file (see <see cref="SyntacticSummary"/>): <c>s[^4..]</c>,
    /// <c>s.Substring(0, 2)</c>, <c>s.Substring(s.Length - 4)</c> with literal bounds.
    /// </summary>
    public static bool IsShort(ExpressionSyntax expression) => expression switch
    {
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } cut } when cut[0].Expression is RangeExpressionSyntax range =>
            IsShort(Bound(range.LeftOperand, fromEndWhenMissing: false), Bound(range.RightOperand, fromEndWhenMissing: true, upper: true)),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring" } access, ArgumentList.Arguments: var arguments } =>
            arguments.Count switch
            {
                2 => (Literal(arguments[1].Expression) ?? AtMost(arguments[1].Expression)) is <= MaxLength,
                1 => arguments[0].Expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference
                    && difference.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } measured
                    && SyntaxFactory.AreEquivalent(measured.Expression, access.Expression)
                    && Literal(difference.Right) is <= MaxLength,
                _ => false,
            },
        ConditionalExpressionSyntax { Condition: BinaryExpressionSyntax measure } choice => IsTruncation(measure, choice.WhenTrue, choice.WhenFalse),
        _ => false,
    };

    /// <summary>The truncation idiom read from syntax (see <see cref="IsTruncation(IBinaryOperation, IOperation, IOperation)"/>).</summary>
    private static bool IsTruncation(BinaryExpressionSyntax measure, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse)
    {
        var (length, bound, test) = measure.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } left
            ? (left, measure.Right, TestOf((SyntaxKind)measure.RawKind))
            : measure.Right is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } right
                ? (right, measure.Left, Mirrored(TestOf((SyntaxKind)measure.RawKind)))
                : (null, null, LengthTest.None);
        if (length is null || bound is null || Literal(bound) is not { } limit || WholeBranch(test, limit) is not var (wholeWhenTrue, _))
        {
            return false;
        }

        var (whole, cut) = wholeWhenTrue ? (whenTrue, whenFalse) : (whenFalse, whenTrue);
        return IsShort(cut) && SyntaxFactory.AreEquivalent(whole, length.Expression);
    }

    private static bool IsShort(IRangeOperation range) =>
        IsShort(Bound(range.LeftOperand, 0, fromEndWhenMissing: false), Bound(range.RightOperand, 0, fromEndWhenMissing: true, upper: true));

    private static bool IsShort((int? Value, bool FromEnd) left, (int? Value, bool FromEnd) right)
    {
        if (left.Value is not { } start || right.Value is not { } end || left.FromEnd != right.FromEnd)
        {
            return false;
        }

        var length = left.FromEnd ? start - end : end - start;
        return length is >= 0 and <= MaxLength;
    }

    /// <summary>
    /// A range's bound written as a literal, and whether it counts from the end (<c>^4</c>); with <paramref name="upper"/>, an
    /// end no greater than a literal (<c>Math.Min(4, s.Length)</c>) counts as that literal.
    /// </summary>
    private static (int? Value, bool FromEnd) Bound(ExpressionSyntax? bound, bool fromEndWhenMissing, bool upper = false) => bound switch
    {
        null => (0, fromEndWhenMissing),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression, Operand: var operand } => (Literal(operand), true),
        _ => (Literal(bound) ?? (upper ? AtMost(bound) : null), false),
    };

    private static int? Literal(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { Token.Value: int value } ? value : null;

    /// <summary>The literal a <c>Math.Min</c> call can return no more than; null for anything else.</summary>
    private static int? AtMost(ExpressionSyntax expression)
    {
        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Min", Expression: var math }, ArgumentList.Arguments: { Count: 2 } arguments }
            && math.ToString() is "Math" or "System.Math")
        {
            return Literal(arguments[0].Expression) ?? Literal(arguments[1].Expression);
        }

        return null;
    }

    /// <summary>
    /// A range's bound as a constant and whether it counts from the end (<c>^4</c>); a missing one is the start or the end.
    /// With <paramref name="upper"/>, an end no greater than a constant (<c>Math.Min(4, s.Length)</c>) counts as that constant.
    /// </summary>
    private static (int? Value, bool FromEnd) Bound(IOperation? bound, int start, bool fromEndWhenMissing, bool upper = false)
    {
        var operand = bound is IConversionOperation conversion ? conversion.Operand : bound;
        return operand switch
        {
            null => (start, fromEndWhenMissing),
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: int fromEnd } } => (fromEnd, true),
            { ConstantValue: { HasValue: true, Value: int fromStart } } => (fromStart, false),
            _ when upper && AtMost(operand) is { } most => (most, false),
            _ => (null, false),
        };
    }

    /// <summary>The constant a <c>Math.Min</c> call can return no more than; null for anything else.</summary>
    private static int? AtMost(IOperation? value)
    {
        if (value is IInvocationOperation { TargetMethod: { Name: "Min", ContainingType: { Name: "Math", ContainingNamespace.Name: "System" } }, Arguments.Length: 2 } min)
        {
            foreach (var argument in min.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: int most })
                {
                    return most;
                }
            }
        }

        return null;
    }

    /// <summary><c>s.Substring(start, 2)</c>, or <c>s.Substring(s.Length - 4)</c>: a constant length, or the last few characters.</summary>
    private static bool IsShortSubstring(IInvocationOperation call) => call.Arguments.Length switch
    {
        2 => (call.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int length } ? length : AtMost(call.Arguments[1].Value)) <= MaxLength,
        1 => call.Arguments[0].Value is IBinaryOperation
        {
            OperatorKind: BinaryOperatorKind.Subtract,
            LeftOperand: IPropertyReferenceOperation { Property.Name: "Length" } measured,
            RightOperand.ConstantValue: { HasValue: true, Value: int last },
        } && last <= MaxLength && SameValue(measured.Instance, call.Instance),
        _ => false,
    };

    /// <summary>Both operations read the same local, parameter or member (the text measured is the text cut).</summary>
    private static bool SameValue(IOperation? a, IOperation? b) => (a, b) switch
    {
        (ILocalReferenceOperation x, ILocalReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Local, y.Local),
        (IParameterReferenceOperation x, IParameterReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Parameter, y.Parameter),
        (IMemberReferenceOperation x, IMemberReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Member, y.Member) && SameValue(x.Instance, y.Instance),
        (null, null) => true,
        _ => false,
    };
}
