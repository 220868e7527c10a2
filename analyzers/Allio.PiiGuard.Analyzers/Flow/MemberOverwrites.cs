using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The members of a local's or a parameter's object, or of the object the code runs in, that statements before a read
/// set to a constant or a masked value (<c>copy.Email = "";</c>, <c>user.PasswordHash = null;</c>,
/// <c>export.FullName = Privacy.Initials(export.FullName);</c>, <c>OrganizerEmail = Privacy.Redact(OrganizerEmail);</c>):
/// a read of such a member, or of the whole object, finds that value, not a person's data. Conservative: only statements
/// that run before the read on every path (earlier statements of the read's block and of the blocks around it, up to a
/// loop or a function), only fields and auto-properties, and any other use of the local in between (passed, called,
/// reassigned, a member set to a value that carries personal data; for <c>this</c>, any call of its own methods) forgets
/// what was set.
/// </summary>
internal static class MemberOverwrites
{
    /// <summary>The members of <paramref name="read"/>'s local or parameter set to constants (or masked values) before it; null when none.</summary>
    /// <param name="read">A read of the local or of a parameter passed by value.</param>
    /// <param name="masked">
    /// When given, also true for a member's new value that carries no personal data (asked only of the engine, and only for
    /// the members that hold personal data).
    /// </param>
    public static HashSet<ISymbol>? Before(IOperation read, System.Func<ISymbol, IOperation, bool>? masked = null)
    {
        if (VariableOf(read) is not { } variable)
        {
            return null;
        }

        // The statements around the read, innermost first: each with the block that holds it.
        var anchors = new List<(IBlockOperation Block, IOperation Statement)>();
        for (IOperation current = read; current.Parent is { } parent; current = parent)
        {
            if (parent is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                break;
            }

            if (parent is IBlockOperation block)
            {
                anchors.Add((block, current));
            }
        }

        HashSet<ISymbol>? overwritten = null;
        for (var level = anchors.Count - 1; level >= 0; level--)
        {
            var (block, anchor) = anchors[level];
            foreach (var statement in block.Operations)
            {
                if (statement == anchor)
                {
                    break;
                }

                Apply(statement, variable, masked, ref overwritten);
            }

            // What the anchor does before the read (an if's condition, a using's resource) may use the local too.
            if (UsesBefore(anchor, read, variable))
            {
                overwritten = null;
            }
        }

        return overwritten is { Count: > 0 } ? overwritten : null;
    }

    /// <summary>
    /// The local, the parameter passed by value, or the object the code runs in (<c>this</c>, written or not, as its type)
    /// that <paramref name="read"/> reads; null for anything else.
    /// </summary>
    public static ISymbol? VariableOf(IOperation? read) => read switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => parameter.Parameter,
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: { } self } => self,
        _ => null,
    };

    private static void Apply(IOperation statement, ISymbol variable, System.Func<ISymbol, IOperation, bool>? masked, ref HashSet<ISymbol>? overwritten)
    {
        if (statement is IExpressionStatementOperation
            {
                Operation: ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: { } target } member, Value: var value },
            }
            && SymbolEqualityComparer.Default.Equals(VariableOf(target), variable))
        {
            var replaced = !Mentions(value, variable) && IsConstant(value) || masked?.Invoke(member.Member, value) == true;
            if (replaced && BlankedCopies.IsPlainStorage(member.Member))
            {
                (overwritten ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(member.Member);
            }
            else
            {
                overwritten?.Remove(member.Member);
            }

            return;
        }

        if (overwritten is not null && Mentions(statement, variable, onlyReads: false))
        {
            overwritten = null;
        }
    }

    /// <summary>True when the anchor uses the variable, other than by reading a member's value, before the read.</summary>
    private static bool UsesBefore(IOperation anchor, IOperation read, ISymbol variable)
    {
        foreach (var operation in anchor.DescendantsAndSelf())
        {
            if (operation.Syntax.SpanStart < read.Syntax.SpanStart
                && SymbolEqualityComparer.Default.Equals(VariableOf(operation), variable) && !IsMemberValueRead(operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="operation"/> uses <paramref name="variable"/> at all, or (<paramref name="onlyReads"/> false) other than to read a member's value.</summary>
    private static bool Mentions(IOperation operation, ISymbol variable, bool onlyReads = true)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (SymbolEqualityComparer.Default.Equals(VariableOf(descendant), variable)
                && (onlyReads || !IsMemberValueRead(descendant)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>local.Member</c> read as a value: not assigned, not called on, not passed by reference.</summary>
    private static bool IsMemberValueRead(IOperation local) =>
        local.Parent is IMemberReferenceOperation member and not IMethodReferenceOperation and not IEventReferenceOperation
        && !(member.Parent is IAssignmentOperation assignment && assignment.Target == member)
        && member.Parent is not IArgumentOperation { Parameter.RefKind: not RefKind.None };

    /// <summary>A literal, a constant, <c>null</c>, <c>default</c> or <c>string.Empty</c>.</summary>
    private static bool IsConstant(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue.HasValue || value is IDefaultValueOperation
            || value is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } };
    }
}
