using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A coordinate rounded to at most two decimals (about 1 km, a neighbourhood) or to whole degrees (<c>Math.Round(p.Latitude, 0)</c>,
/// <c>Math.Floor(lat)</c>, <c>(int)p.Longitude</c>) locates a region, not a person: the flow drops a location there, and
/// keeps anything else the value carries (a rounded salary is still a salary). So does the first word of an address
/// (<c>postcode.Split(' ')[0]</c>: a postcode's outward code, a district of thousands of homes, or a house number alone):
/// the flow drops a postal address there, and so does the text before its first space (<c>postcode[..space]</c>,
/// <c>postcode.Substring(0, space)</c> after <c>var space = postcode.IndexOf(' ')</c>). A helper that coarsens its
/// parameter so, in any file, passes on what its argument carries less the same kind (see <see cref="MethodSummary"/>).
/// The domain of an e-mail address (<c>email.Split('@').Last()</c>) names a provider or an employer, not a person: the
/// flow drops an e-mail there. An IP address cut before its last dot or colon (<c>ip[..ip.LastIndexOf('.')]</c>) or to
/// its first octets (<c>ip.Split('.').Take(3)</c>) names a network of many hosts, as analytics tools anonymize it: the
/// flow drops an online identifier there.
/// </summary>
internal static class CoarsenedPlaces
{
    /// <summary>The most decimals a rounded coordinate keeps and still names only a region.</summary>
    private const int MaxDecimals = 2;

    /// <summary>The kind whose values rounding coarsens.</summary>
    public const string Kind = "Location";

    /// <summary>The kind whose values the first word of a text coarsens.</summary>
    public const string AddressKind = "PostalAddress";

    /// <summary>The kind whose values the part after an <c>@</c> coarsens: an e-mail's domain names a provider or an employer.</summary>
    public const string EmailKind = "Email";

    /// <summary>The kind whose values a cut to the network coarsens: an IP address's first octets name a network, not a host.</summary>
    public const string NetworkKind = "OnlineIdentifier";

    /// <summary>Every kind some coarsening drops.</summary>
    public static ImmutableArray<string> Kinds { get; } = [Kind, AddressKind, EmailKind, NetworkKind];

    /// <summary>
    /// An angle an inverse trigonometric function returns (<c>Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a))</c>,
    /// <c>Math.Asin(…)</c>, <c>Math.Acos(…)</c>): the arc of a great-circle distance or a bearing between places, which
    /// locates none of them. Its arguments reach it less their locations.
    /// </summary>
    public static bool IsAngle(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "Atan2" or "Asin" or "Acos" or "Atan", IsStatic: true, ContainingType: { } math } } && IsMath(math);

    /// <summary>The same angle read from syntax (<c>Math.Atan2(…)</c>, <c>MathF.Asin(…)</c>), for a method in another file.</summary>
    public static bool IsAngle(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" }, Name.Identifier.ValueText: "Atan2" or "Asin" or "Acos" or "Atan" },
        };

    /// <summary>The coarsened value and the kind coarsening drops, or null when <paramref name="operation"/> coarsens nothing.</summary>
    public static (IOperation Value, string Kind)? Coarsened(IOperation operation) =>
        RoundedValue(operation) is { } rounded ? (rounded, Kind)
        : PrefixOf(operation) is var (text, kind) ? (text, kind)
        : DomainOf(operation) is { } address ? (address, EmailKind)
        : OctetsOf(operation) is { } ip ? (ip, NetworkKind)
        : null;

    /// <summary>
    /// The coarsened value and the kind coarsening drops, read from syntax for a method in another file (see
    /// <see cref="SyntacticSummary"/>); <paramref name="localValue"/> tells what a local was given. Null when
    /// <paramref name="expression"/> coarsens nothing.
    /// </summary>
    public static (ExpressionSyntax Value, string Kind)? Coarsened(ExpressionSyntax expression, System.Func<IdentifierNameSyntax, ExpressionSyntax?> localValue) =>
        RoundedValue(expression) is { } rounded ? (rounded, Kind)
        : FirstWordOf(expression) is { } text ? (text, AddressKind)
        : PrefixOf(expression, localValue) is var (cut, kind) ? (cut, kind)
        : DomainOf(expression, localValue) is { } address ? (address, EmailKind)
        : OctetsOf(expression) is { } ip ? (ip, NetworkKind)
        : null;

    /// <summary>
    /// The address whose domain <paramref name="operation"/> takes: the last part of <c>email.Split('@')</c> (<c>Last()</c>,
    /// <c>LastOrDefault()</c>, <c>[1]</c>, <c>[^1]</c>), or what follows the <c>@</c> (<c>email[(email.IndexOf('@') + 1)..]</c>,
    /// <c>email.Substring(email.IndexOf('@') + 1)</c>); else null.
    /// </summary>
    private static IOperation? DomainOf(IOperation operation)
    {
        var parts = operation switch
        {
            IInvocationOperation { TargetMethod: { Name: "Last" or "LastOrDefault", ContainingType.Name: "Enumerable" }, Arguments.Length: 1 } last => Unconverted(last.Arguments[0].Value),
            IArrayElementReferenceOperation { Indices.Length: 1 } element when IsOne(element.Indices[0]) => element.ArrayReference,
            IImplicitIndexerReferenceOperation { Argument: IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: 1 } } } fromEnd => fromEnd.Instance,
            _ => null,
        };
        if (parts is not null && SplitText(parts, '@') is { } address)
        {
            return address;
        }

        var (text, start) = operation switch
        {
            IImplicitIndexerReferenceOperation { Instance: { Type.SpecialType: SpecialType.System_String } cut, Argument: IRangeOperation { LeftOperand: { } from, RightOperand: null } } => (cut, from),
            IInvocationOperation { TargetMethod: { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } cut, Arguments.Length: 1 } substring => (cut, substring.Arguments[0].Value),
            _ => (null, null),
        };
        return text is not null && start is not null && ThroughLocals(Unconverted(start), index => AfterAt(index, text)) is not null ? text : null;
    }

    /// <summary>
    /// <see cref="EmailKind"/> when <paramref name="index"/> is at or just after the <c>@</c> of <paramref name="text"/>
    /// (<c>text.IndexOf('@') + 1</c>, <c>at + 1</c> or <c>at</c> after <c>var at = text.LastIndexOf('@')</c>), else null.
    /// </summary>
    private static string? AfterAt(IOperation index, IOperation text) =>
        index is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, RightOperand.ConstantValue: { HasValue: true, Value: 1 } } after
            ? ThroughLocals(Unconverted(after.LeftOperand), found => AtOf(found, text))
            : AtOf(index, text);

    /// <summary><see cref="EmailKind"/> when <paramref name="index"/> is where the <c>@</c> of <paramref name="text"/> is: the domain with its <c>@</c> follows.</summary>
    private static string? AtOf(IOperation index, IOperation text) => SearchFor(index, text) is '@' ? EmailKind : null;

    /// <summary>What <paramref name="judge"/> says of <paramref name="index"/>, or of every value a local index was given when it says the same of each.</summary>
    private static string? ThroughLocals(IOperation index, System.Func<IOperation, string?> judge)
    {
        if (index is not ILocalReferenceOperation local)
        {
            return judge(index);
        }

        string? kind = null;
        foreach (var value in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
        {
            var given = Unconverted(value);
            if (given is ILocalReferenceOperation || judge(given) is not { } each || (kind is not null && kind != each))
            {
                return null;
            }

            kind = each;
        }

        return kind;
    }

    /// <summary>The character <paramref name="index"/> finds in <paramref name="text"/> (<c>text.IndexOf('@')</c>), else null.</summary>
    private static char? SearchFor(IOperation index, IOperation text) =>
        index is IInvocationOperation { TargetMethod: { Name: "IndexOf" or "LastIndexOf", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } searched, Arguments.Length: 1 } search
        && SyntaxFactory.AreEquivalent(searched.Syntax, text.Syntax)
            ? search.Arguments[0].Value.ConstantValue.Value switch
            {
                char character => character,
                string { Length: 1 } single => single[0],
                _ => null,
            }
            : null;

    /// <summary>
    /// The text a cut before a separator takes and the kind the cut drops: an address's first word before its first space
    /// (<c>postcode[..postcode.IndexOf(' ')]</c>, <c>postcode.Split(' ')[0]</c>), an IP address's network before its last dot
    /// or colon (<c>ip.Substring(0, ip.LastIndexOf('.'))</c>); else null.
    /// </summary>
    private static (IOperation Text, string Kind)? PrefixOf(IOperation operation)
    {
        var (text, end) = operation switch
        {
            IImplicitIndexerReferenceOperation { Instance: { Type.SpecialType: SpecialType.System_String } cut, Argument: IRangeOperation { RightOperand: { } upTo } range }
                when range.LeftOperand is null || Unconverted(range.LeftOperand).ConstantValue is { HasValue: true, Value: 0 } => (cut, upTo),
            IInvocationOperation { TargetMethod: { Name: "Substring", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } cut, Arguments.Length: 2 } substring
                when substring.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 } => (cut, substring.Arguments[1].Value),
            _ => (null, null),
        };

        if (text is not null && end is not null)
        {
            return KindCutAt(Unconverted(end), text) is { } kind ? (text, kind) : null;
        }

        return SplitFirstWordOf(operation) is { } words ? (words, AddressKind) : null;
    }

    /// <summary>
    /// The kind a cut of <paramref name="text"/> at <paramref name="index"/> drops: a postal address at its first space, an
    /// online identifier at its last dot or colon; directly or through a local given only that; else null.
    /// </summary>
    private static string? KindCutAt(IOperation index, IOperation text) =>
        ThroughLocals(index, found => found is IInvocationOperation search && SearchFor(search, text) is { } separator ? SeparatorKind(search.TargetMethod.Name, separator) : null);

    /// <summary>The kind a cut before <paramref name="separator"/>, found by <paramref name="search"/>, drops; else null.</summary>
    private static string? SeparatorKind(string search, char separator) => (search, separator) switch
    {
        ("IndexOf", ' ') => AddressKind,
        ("LastIndexOf", '.' or ':') => NetworkKind,
        _ => null,
    };

    /// <summary>The IP address whose first one to three octets <paramref name="operation"/> takes (<c>ip.Split('.').Take(3)</c>), else null.</summary>
    private static IOperation? OctetsOf(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "Take", ContainingType.Name: "Enumerable" }, Arguments.Length: 2 } take
            && take.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int and >= 1 and <= 3 }
                ? SplitText(Unconverted(take.Arguments[0].Value), '.')
                : null;

    /// <summary>The text <paramref name="parts"/> splits at <paramref name="separator"/> alone (<c>text.Split('.')</c>, <c>text.Split(new[] { '.' })</c>), else null.</summary>
    private static IOperation? SplitText(IOperation parts, char separator)
    {
        if (parts is not IInvocationOperation { TargetMethod: { Name: "Split", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } text } split
            || split.Arguments.Length == 0)
        {
            return null;
        }

        var given = Unconverted(split.Arguments[0].Value);
        if (given is IArrayCreationOperation { Initializer.ElementValues: { Length: 1 } values })
        {
            given = Unconverted(values[0]);
        }

        return given.ConstantValue is { HasValue: true, Value: var value } && (Equals(value, separator) || Equals(value, separator.ToString())) ? text : null;
    }

    /// <summary>
    /// The text whose first word <paramref name="expression"/> takes, read from syntax for a method in another file (see
    /// <see cref="SyntacticSummary"/>): <c>text.Split(' ')[0]</c> or <c>.First()</c>; else null.
    /// </summary>
    private static ExpressionSyntax? FirstWordOf(ExpressionSyntax expression) => expression switch
    {
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } index } element when index[0].Expression is LiteralExpressionSyntax { Token.Value: 0 } => SplitText(element.Expression, ' '),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "First" or "FirstOrDefault" } first, ArgumentList.Arguments.Count: 0 } => SplitText(first.Expression, ' '),
        _ => null,
    };

    /// <summary>
    /// The text a cut before a separator takes and the kind the cut drops, read from syntax: <c>text[..i]</c> or
    /// <c>text.Substring(0, i)</c> where <c>i</c> is <c>text.IndexOf(' ')</c> or <c>text.LastIndexOf('.')</c>, or a local
    /// <paramref name="localValue"/> says was given only that; else null.
    /// </summary>
    private static (ExpressionSyntax Text, string Kind)? PrefixOf(ExpressionSyntax expression, System.Func<IdentifierNameSyntax, ExpressionSyntax?> localValue)
    {
        var (text, end) = expression switch
        {
            ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } range } element
                when range[0].Expression is RangeExpressionSyntax { RightOperand: { } upTo, LeftOperand: null or LiteralExpressionSyntax { Token.Value: 0 } } => (element.Expression, upTo),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring" } access, ArgumentList.Arguments: { Count: 2 } bounds }
                when bounds[0].Expression is LiteralExpressionSyntax { Token.Value: 0 } => (access.Expression, bounds[1].Expression),
            _ => (null, null),
        };
        return text is not null && end is not null && KindCutAt(end, text, localValue) is { } kind ? (text, kind) : null;
    }

    private static string? KindCutAt(ExpressionSyntax index, ExpressionSyntax text, System.Func<IdentifierNameSyntax, ExpressionSyntax?>? localValue) =>
        index is IdentifierNameSyntax local
            ? localValue?.Invoke(local) is { } value ? KindCutAt(value, text, localValue: null) : null
            : index is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var search } } && SearchFor(index, text) is { } separator
                ? SeparatorKind(search, separator)
                : null;

    /// <summary>The character <paramref name="index"/> finds in <paramref name="text"/> (<c>text.IndexOf('@')</c>), read from syntax; else null.</summary>
    private static char? SearchFor(ExpressionSyntax index, ExpressionSyntax text) =>
        index is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IndexOf" or "LastIndexOf" } access, ArgumentList.Arguments: { Count: 1 } arguments }
        && arguments[0].Expression is LiteralExpressionSyntax separator && SyntaxFactory.AreEquivalent(access.Expression, text)
            ? separator.Token.Value switch
            {
                char character => character,
                string { Length: 1 } single => single[0],
                _ => null,
            }
            : null;

    /// <summary>
    /// The address whose domain <paramref name="expression"/> takes, read from syntax: <c>email.Split('@').Last()</c>,
    /// <c>[1]</c>, <c>[^1]</c>, <c>email[(email.IndexOf('@') + 1)..]</c>, <c>email.Substring(email.IndexOf('@') + 1)</c>; else null.
    /// </summary>
    private static ExpressionSyntax? DomainOf(ExpressionSyntax expression, System.Func<IdentifierNameSyntax, ExpressionSyntax?> localValue)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Last" or "LastOrDefault" } last, ArgumentList.Arguments.Count: 0 }:
                return SplitText(last.Expression, '@');
            case ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } index } element
                when index[0].Expression is LiteralExpressionSyntax { Token.Value: 1 } or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression, Operand: LiteralExpressionSyntax { Token.Value: 1 } }:
                return SplitText(element.Expression, '@');
            case ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } range } element
                when range[0].Expression is RangeExpressionSyntax { LeftOperand: { } from, RightOperand: null }:
                return IsAfterAt(from, element.Expression, localValue) ? element.Expression : null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring" } access, ArgumentList.Arguments: { Count: 1 } from }:
                return IsAfterAt(from[0].Expression, access.Expression, localValue) ? access.Expression : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// True when <paramref name="index"/> is at or just after the <c>@</c> of <paramref name="text"/>: <c>text.IndexOf('@')</c>,
    /// <c>text.IndexOf('@') + 1</c>, or <c>at</c>, <c>at + 1</c> where a local <paramref name="localValue"/> says was given that search.
    /// </summary>
    private static bool IsAfterAt(ExpressionSyntax index, ExpressionSyntax text, System.Func<IdentifierNameSyntax, ExpressionSyntax?> localValue) =>
        Unparenthesized(index) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Right: LiteralExpressionSyntax { Token.Value: 1 }, Left: var found }
            ? SearchFor(found is IdentifierNameSyntax local ? localValue(local) ?? found : found, text) == '@'
            : SearchFor(index is IdentifierNameSyntax at ? localValue(at) ?? index : index, text) == '@';

    /// <summary>The IP address whose first one to three octets <paramref name="expression"/> takes (<c>ip.Split('.').Take(3)</c>), read from syntax; else null.</summary>
    private static ExpressionSyntax? OctetsOf(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Take" } take, ArgumentList.Arguments: { Count: 1 } count }
            && count[0].Expression is LiteralExpressionSyntax { Token.Value: int and >= 1 and <= 3 }
                ? SplitText(take.Expression, '.')
            : null;

    /// <summary>The text <paramref name="parts"/> splits at <paramref name="separator"/> alone (<c>text.Split('.')</c>), read from syntax; else null.</summary>
    private static ExpressionSyntax? SplitText(ExpressionSyntax parts, char separator) =>
        parts is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Split" } split, ArgumentList.Arguments: { Count: > 0 } given }
            && given[0].Expression is LiteralExpressionSyntax { Token.Value: var value }
            && (Equals(value, separator) || Equals(value, separator.ToString()))
                ? split.Expression
                : null;

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>
    /// A rounding to a region read from syntax (<c>Math.Round(d, 1)</c>, <c>Math.Floor(d)</c>, <c>(int)d</c>): the value
    /// rounded, else null.
    /// </summary>
    public static ExpressionSyntax? RoundedValue(ExpressionSyntax expression) => expression switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var math, Name.Identifier.ValueText: var name }, ArgumentList.Arguments: { Count: > 0 } arguments }
            when math is IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Math" or "MathF" }
            && (name is "Floor" or "Ceiling" or "Truncate"
                || (name == "Round" && (arguments.Count == 1 || arguments[1].Expression is LiteralExpressionSyntax { Token.Value: int and <= MaxDecimals }))) => arguments[0].Expression,
        CastExpressionSyntax { Type: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.IntKeyword or (int)SyntaxKind.LongKeyword or (int)SyntaxKind.ShortKeyword } } cast => cast.Expression,
        _ => null,
    };

    /// <summary>Index 1, from the start or from the end (<c>[1]</c>, <c>[^1]</c>): the second of two parts, or the last.</summary>
    private static bool IsOne(IOperation index) => Unconverted(index) switch
    {
        { ConstantValue: { HasValue: true, Value: 1 } } => true,
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: 1 } } => true,
        _ => false,
    };

    private static IOperation Unconverted(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The text <c>text.Split(' ')[0]</c> takes the first word of, else null.</summary>
    private static IOperation? SplitFirstWordOf(IOperation operation)
    {
        var parts = operation switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element when element.Indices[0].ConstantValue is { HasValue: true, Value: 0 } => element.ArrayReference,
            IInvocationOperation { TargetMethod: { Name: "First" or "FirstOrDefault", ContainingType.Name: "Enumerable" }, Arguments.Length: 1 } first => Unconverted(first.Arguments[0].Value),
            _ => null,
        };
        return parts is null ? null : SplitText(parts, ' ');
    }

    /// <summary>The rounded value when <paramref name="operation"/> rounds a number to at most two decimals, else null.</summary>
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
