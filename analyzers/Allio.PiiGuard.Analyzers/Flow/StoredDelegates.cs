using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What a delegate field or property of the compilation holds, seen from the file where it is read (<c>_format(c)</c>,
/// <c>_sink(m)</c>): the values its initializer and its own type's assignments in that file store into it. The engine
/// follows what they return; sink rules, what they pass to sinks.
/// </summary>
internal static class StoredDelegates
{
    /// <summary>The stored values, bound in the file of <paramref name="reference"/>; none for a member that is no delegate of the compilation.</summary>
    public static IEnumerable<IOperation> Of(ISymbol member, IOperation reference, PiiFlow flow)
    {
        var type = member switch { IFieldSymbol field => field.Type, IPropertySymbol property => property.Type, _ => null };
        if (type?.TypeKind != TypeKind.Delegate || reference.SemanticModel is not { } model || member.ContainingType is not { } owner
            || !PiiFlow.IsDeclaredInSource(owner))
        {
            yield break;
        }

        var tree = reference.Syntax.SyntaxTree;
        foreach (var declaration in member.DeclaringSyntaxReferences)
        {
            var initializer = declaration.SyntaxTree != tree ? null : declaration.GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is not null && model.GetOperation(initializer) is ISymbolInitializerOperation stored)
            {
                yield return stored.Value;
            }
        }

        foreach (var node in flow.StoresIn(owner).Writing(member.Name))
        {
            if (node.SyntaxTree == tree && node is AssignmentExpressionSyntax && model.GetOperation(node) is IAssignmentOperation assignment)
            {
                yield return assignment.Value;
            }
        }
    }

    /// <summary>
    /// The lambda a delegate field or property is initialized with and never given another value
    /// (<c>public static readonly Func&lt;Patient, string&gt; SafeLabel = p => $"patient:{p.Id:N}";</c>), with the scope
    /// its syntax is read in; null for a member written elsewhere or holding no lambda.
    /// </summary>
    public static (AnonymousFunctionExpressionSyntax Lambda, SyntacticScope Scope)? InitialLambda(ISymbol member, PiiFlow flow)
    {
        var type = member switch { IFieldSymbol field => field.Type, IPropertySymbol property => property.Type, _ => null };
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } || member.ContainingType is not { } owner
            || !PiiFlow.IsDeclaredInSource(owner) || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var initializer = member.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        };
        if (initializer is not AnonymousFunctionExpressionSyntax lambda)
        {
            return null;
        }

        foreach (var store in flow.StoresIn(owner).Writing(member.Name))
        {
            if (store is AssignmentExpressionSyntax)
            {
                return null;
            }
        }

        var names = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => System.Collections.Immutable.ImmutableArray.Create(simple.Parameter.Identifier.ValueText),
            ParenthesizedLambdaExpressionSyntax parenthesized => Names(parenthesized.ParameterList),
            _ => default,
        };
        return names.IsDefault || names.Length != invoke.Parameters.Length ? null : (lambda, SyntacticScope.OfLambda(invoke, names, owner, enclosing: null));
    }

    private static System.Collections.Immutable.ImmutableArray<string> Names(ParameterListSyntax parameters)
    {
        var names = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>(parameters.Parameters.Count);
        foreach (var parameter in parameters.Parameters)
        {
            names.Add(parameter.Identifier.ValueText);
        }

        return names.MoveToImmutable();
    }

    /// <summary>
    /// The member a delegate invocation calls through (<c>_sink</c> in <c>_sink(m)</c> or <c>_sink.Invoke(m)</c>), when it is a
    /// field or property; else null.
    /// </summary>
    public static IMemberReferenceOperation? InvokedMember(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } target)
        {
            return null;
        }

        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        return target is IFieldReferenceOperation or IPropertyReferenceOperation ? (IMemberReferenceOperation)target : null;
    }

    /// <summary>The local a delegate invocation calls through (<c>write</c> in <c>write(m)</c>), else null.</summary>
    public static ILocalReferenceOperation? InvokedLocal(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } target)
        {
            return null;
        }

        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        return target as ILocalReferenceOperation;
    }

    /// <summary>The values stored into a delegate local that may reach its invocation (its reaching definitions).</summary>
    public static IEnumerable<IOperation> Of(ILocalReferenceOperation local) =>
        LocalDefinitions.For(local).ReachingValuesOf(local.Local, local);

    /// <summary>The lambdas a delegate local holds where it is invoked, when it holds nothing else; else null.</summary>
    public static List<IMethodSymbol>? LambdasOf(ILocalReferenceOperation local)
    {
        List<IMethodSymbol>? lambdas = null;
        foreach (var value in Of(local))
        {
            var held = OperationShapes.WithoutConversions(value);
            if ((held is IDelegateCreationOperation { Target: var target } ? target : held) is not IAnonymousFunctionOperation { Symbol: var lambda })
            {
                return null;
            }

            (lambdas ??= new List<IMethodSymbol>()).Add(lambda);
        }

        return lambdas;
    }
}
