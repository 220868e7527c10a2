using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A few characters cut from a text by constant bounds: the last four digits of a card (<c>card.Number[^4..]</c>), the
/// last two of a phone (<c>phone.Substring(phone.Length - 2)</c>), an initial (<c>name[..1]</c>). The masked forms that
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
        IInvocationOperation { TargetMethod: { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String } } call => IsShortSubstring(call),
        _ => false,
    };

    /// <summary>
    /// The same cuts read from syntax, for a method in another file (see <see cref="SyntacticSummary"/>): <c>s[^4..]</c>,
    /// <c>s.Substring(0, 2)</c>, <c>s.Substring(s.Length - 4)</c> with literal bounds.
    /// </summary>
    public static bool IsShort(ExpressionSyntax expression) => expression switch
    {
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } cut } when cut[0].Expression is RangeExpressionSyntax range =>
            IsShort(Bound(range.LeftOperand, fromEndWhenMissing: false), Bound(range.RightOperand, fromEndWhenMissing: true)),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring" } access, ArgumentList.Arguments: var arguments } =>
            arguments.Count switch
            {
                2 => Literal(arguments[1].Expression) is <= MaxLength,
                1 => arguments[0].Expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference
                    && difference.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } measured
                    && SyntaxFactory.AreEquivalent(measured.Expression, access.Expression)
                    && Literal(difference.Right) is <= MaxLength,
                _ => false,
            },
        _ => false,
    };

    private static bool IsShort(IRangeOperation range) =>
        IsShort(Bound(range.LeftOperand, 0, fromEndWhenMissing: false), Bound(range.RightOperand, 0, fromEndWhenMissing: true));

    private static bool IsShort((int? Value, bool FromEnd) left, (int? Value, bool FromEnd) right)
    {
        if (left.Value is not { } start || right.Value is not { } end || left.FromEnd != right.FromEnd)
        {
            return false;
        }

        var length = left.FromEnd ? start - end : end - start;
        return length is >= 0 and <= MaxLength;
    }

    /// <summary>A range's bound written as a literal, and whether it counts from the end (<c>^4</c>).</summary>
    private static (int? Value, bool FromEnd) Bound(ExpressionSyntax? bound, bool fromEndWhenMissing) => bound switch
    {
        null => (0, fromEndWhenMissing),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression, Operand: var operand } => (Literal(operand), true),
        _ => (Literal(bound), false),
    };

    private static int? Literal(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { Token.Value: int value } ? value : null;

    /// <summary>A range's bound as a constant and whether it counts from the end (<c>^4</c>); a missing one is the start or the end.</summary>
    private static (int? Value, bool FromEnd) Bound(IOperation? bound, int start, bool fromEndWhenMissing)
    {
        var operand = bound is IConversionOperation conversion ? conversion.Operand : bound;
        return operand switch
        {
            null => (start, fromEndWhenMissing),
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: int fromEnd } } => (fromEnd, true),
            { ConstantValue: { HasValue: true, Value: int fromStart } } => (fromStart, false),
            _ => (null, false),
        };
    }

    /// <summary><c>s.Substring(start, 2)</c>, or <c>s.Substring(s.Length - 4)</c>: a constant length, or the last few characters.</summary>
    private static bool IsShortSubstring(IInvocationOperation call) => call.Arguments.Length switch
    {
        2 => call.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int length } && length <= MaxLength,
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
