using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Views of an operation that the rules share: the value under its conversions, the lambda an argument passes, the
/// other uses of a local.
/// </summary>
internal static class OperationShapes
{
    /// <summary>The operand under every conversion, implicit or written (<c>(object)email</c> is <c>email</c>).</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The lambda an argument passes, as a delegate or as an expression tree (<c>Queryable.Select(x =&gt; x.Phone)</c>); else null.</summary>
    public static IAnonymousFunctionOperation? LambdaOf(IOperation argument) => WithoutConversions(argument) switch
    {
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
        IAnonymousFunctionOperation lambda => lambda,
        _ => null,
    };

    /// <summary>Every reference to the local <paramref name="read"/> reads, in its whole block (itself included).</summary>
    public static IEnumerable<ILocalReferenceOperation> UsesOf(ILocalReferenceOperation read)
    {
        IOperation root = read;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, read.Local))
            {
                yield return use;
            }
        }
    }
}
