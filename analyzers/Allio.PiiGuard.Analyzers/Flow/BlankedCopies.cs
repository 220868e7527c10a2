using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A marked member read from a local that can only hold a copy of this method which set that member to a constant
/// (<c>var renamed = e with { FullName = "REDACTED" }; Log(renamed.FullName)</c>), or a new object which left it blank
/// (<c>new Badge { Name = "" }</c>): the read holds no person's data. A new object given a literal value
/// (<c>new Visitor { Email = "anna@example.com" }</c>) stays reported: such literals stand in for real data in samples
/// and fixtures. Conservative: the member is a field or an auto-property, every value reaching the read is such a
/// <c>with</c> or <c>new</c>, and the local is never passed anywhere, captured, or has a member assigned.
/// </summary>
internal static class BlankedCopies
{
    /// <summary>True when <paramref name="member"/> read from <paramref name="instance"/> holds only constants this method set.</summary>
    public static bool Holds(ISymbol member, IOperation? instance)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        if (instance is not ILocalReferenceOperation local || !IsPlainStorage(member))
        {
            return false;
        }

        var definitions = LocalDefinitions.For(local);
        var any = false;
        foreach (var value in definitions.ReachingValuesOf(local.Local, local))
        {
            if (!SetsConstant(value, member))
            {
                return false;
            }

            any = true;
        }

        return any && !Escapes(local);
    }

    private static bool SetsConstant(IOperation value, ISymbol member)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        var (initializer, blankOnly) = value switch
        {
            IWithOperation with => (with.Initializer, false),
            IObjectCreationOperation creation => (creation.Initializer, true),
            _ => (null, false),
        };
        if (initializer is null)
        {
            return false;
        }

        var set = false;
        foreach (var element in initializer.Initializers)
        {
            if (element is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                && SymbolEqualityComparer.Default.Equals(target.Member, member))
            {
                if (!(blankOnly ? IsBlank(assignment.Value) : IsConstant(assignment.Value)))
                {
                    return false;
                }

                set = true;
            }
        }

        return set;
    }

    private static bool IsConstant(IOperation value) =>
        value.ConstantValue.HasValue || value is IDefaultValueOperation;

    /// <summary>null, default or a string of blanks.</summary>
    private static bool IsBlank(IOperation value) =>
        value is IDefaultValueOperation
        || value.ConstantValue is { HasValue: true, Value: null }
        || value.ConstantValue is { HasValue: true, Value: string text } && string.IsNullOrWhiteSpace(text);

    /// <summary>A field, or a property whose accessors have no bodies (no getter or setter logic).</summary>
    public static bool IsPlainStorage(ISymbol member)
    {
        if (member is IFieldSymbol)
        {
            return true;
        }

        if (member is not IPropertySymbol property || property.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            return false;
                        }
                    }

                    break;
                case ParameterSyntax:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>True when the local is passed, captured, taken by reference, or has a member assigned anywhere in the block.</summary>
    private static bool Escapes(ILocalReferenceOperation read)
    {
        foreach (var other in OperationShapes.UsesOf(read))
        {
            var parent = other.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation or IAnonymousFunctionOperation
                || parent is IMemberReferenceOperation { Parent: IAssignmentOperation assignment } target && assignment.Target == target
                || parent is IInvocationOperation
                || InsideFunction(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True inside a lambda or a local function, which may run at another time.</summary>
    internal static bool InsideFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
