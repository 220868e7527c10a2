using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What a generic library method's signature says about which arguments reach its result: a type parameter the result
/// type does not hold cannot carry data into it. So <c>OrderBy(u =&gt; u.Email)</c> sorts by the email without returning it,
/// and <c>users.Select(u =&gt; u.Id)</c> returns what its function returns, not the users (those reach the function through
/// its parameter, which the engine follows on its own).
/// </summary>
internal static class SignatureFlow
{
    /// <summary>True when the argument given for <paramref name="parameter"/> cannot reach the result of <paramref name="method"/>.</summary>
    /// <param name="isReceiver">The argument is the call's receiver (<c>this</c> of an extension method): the value its functions' parameters read.</param>
    public static bool IsDropped(IMethodSymbol method, IParameterSymbol? parameter, bool isReceiver)
    {
        if (parameter is null || !method.IsGenericMethod || !method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        var definition = method.OriginalDefinition;
        if (parameter.Ordinal >= definition.Parameters.Length)
        {
            return false;
        }

        var declared = definition.Parameters[parameter.Ordinal].Type;
        var returned = definition.ReturnType;
        if (InvokeOf(declared) is { } invoke)
        {
            // A key selector: its result is a type parameter that the result does not hold and no other function takes.
            return invoke.ReturnType is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } key
                && !Mentions(returned, key) && !TakenByFunction(definition, key);
        }

        if (!isReceiver)
        {
            return false;
        }

        // The source of a projection: every type parameter it holds is absent from the result and read by a function.
        var any = false;
        foreach (var typeParameter in definition.TypeParameters)
        {
            if (!Mentions(declared, typeParameter))
            {
                continue;
            }

            if (Mentions(returned, typeParameter) || !TakenByFunction(definition, typeParameter))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// False when a generic library extension's signature says that the lambda's parameter at <paramref name="ordinal"/>,
    /// given for <paramref name="parameter"/>, holds none of the receiver's items: an <c>Aggregate</c>'s accumulator or a
    /// <c>Select</c>'s index, typed by no type parameter of the receiver. True when the signature cannot tell.
    /// </summary>
    public static bool MayTakeReceiverItems(IMethodSymbol method, IParameterSymbol parameter, int ordinal)
    {
        var definition = method.OriginalDefinition;
        if (!definition.IsGenericMethod || !definition.IsExtensionMethod || !definition.DeclaringSyntaxReferences.IsEmpty
            || parameter.Ordinal >= definition.Parameters.Length || InvokeOf(definition.Parameters[parameter.Ordinal].Type) is not { } invoke
            || ordinal >= invoke.Parameters.Length)
        {
            return true;
        }

        var receiver = definition.Parameters[0].Type;
        var taken = invoke.Parameters[ordinal].Type;
        foreach (var typeParameter in definition.TypeParameters)
        {
            if (Mentions(receiver, typeParameter) && Mentions(taken, typeParameter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method of a function parameter: a delegate, or the delegate of an expression tree (<c>Expression&lt;Func&lt;T, R&gt;&gt;</c>, as <c>Queryable</c> takes).</summary>
    private static IMethodSymbol? InvokeOf(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } => invoke,
        INamedTypeSymbol { Name: "Expression", Arity: 1 } expression when SymbolNames.Is(expression.OriginalDefinition, "System.Linq.Expressions.Expression`1") =>
            InvokeOf(expression.TypeArguments[0]),
        _ => null,
    };

    private static bool TakenByFunction(IMethodSymbol definition, ITypeParameterSymbol typeParameter)
    {
        foreach (var parameter in definition.Parameters)
        {
            if (InvokeOf(parameter.Type) is { } invoke)
            {
                foreach (var input in invoke.Parameters)
                {
                    if (Mentions(input.Type, typeParameter))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter)
    {
        switch (type)
        {
            case ITypeParameterSymbol candidate:
                return SymbolEqualityComparer.Default.Equals(candidate, typeParameter);
            case IArrayTypeSymbol array:
                return Mentions(array.ElementType, typeParameter);
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (Mentions(argument, typeParameter))
                    {
                        return true;
                    }
                }

                return named.ContainingType is { } outer && Mentions(outer, typeParameter);
            default:
                return false;
        }
    }
}
