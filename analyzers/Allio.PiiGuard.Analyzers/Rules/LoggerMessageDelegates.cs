using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// Delegates made by <c>LoggerMessage.Define&lt;T…&gt;(…)</c> and invoked later (<c>_signedIn(logger, user.Email, null)</c>):
/// each value argument is written into the log message.
/// </summary>
internal static class LoggerMessageDelegates
{
    public const string LoggerMessageType = "Microsoft.Extensions.Logging.LoggerMessage";

    /// <summary>The sink name when <paramref name="invocation"/> invokes such a delegate held in a local, field or property; else null.</summary>
    public static string? SinkOf(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } target)
        {
            return null;
        }

        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        return target switch
        {
            ILocalReferenceOperation local when HoldsDefined(local) => "LoggerMessage.Define",
            IMemberReferenceOperation member when InitializedByDefine(member.Member, invocation) => "LoggerMessage.Define",
            _ => null,
        };
    }

    /// <summary>
    /// The sink name when <paramref name="member"/> is a field or property whose initializer calls <c>LoggerMessage.Define…</c>,
    /// read from its syntax alone (a wrapper in another file invoking it); else null.
    /// </summary>
    public static string? SinkOfMember(ISymbol member) =>
        Initializer(member) is { } call && NamesDefine(call) ? "LoggerMessage.Define" : null;

    /// <summary>The values the delegate writes: every parameter but the logger and the exception.</summary>
    public static bool IsMessageValue(IParameterSymbol parameter) =>
        !SymbolNames.Is(parameter.Type, "Microsoft.Extensions.Logging.ILogger") && !SymbolNames.IsOrDerivesFrom(parameter.Type, "System.Exception");

    private static bool HoldsDefined(ILocalReferenceOperation local)
    {
        foreach (var value in LocalDefinitions.For(local).ValuesOf(local.Local))
        {
            if (IsDefine(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDefine(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IInvocationOperation { TargetMethod: { Name: var name } method } && name.StartsWith("Define", System.StringComparison.Ordinal)
            && SymbolNames.Is(method.ContainingType, LoggerMessageType);
    }

    /// <summary>A field or property of the compilation whose initializer calls <c>LoggerMessage.Define…</c>.</summary>
    private static bool InitializedByDefine(ISymbol member, IOperation site)
    {
        if (Initializer(member) is not { } call)
        {
            return false;
        }

        // Same file: bound exactly; another file: the call's name (LoggerMessage.Define<…>).
        return site.SemanticModel is { } model && call.SyntaxTree == model.SyntaxTree
            ? model.GetOperation(call) is { } operation && IsDefine(operation)
            : NamesDefine(call);
    }

    private static InvocationExpressionSyntax? Initializer(ISymbol member)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return member.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        } as InvocationExpressionSyntax;
    }

    private static bool NamesDefine(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Expression: var owner, Name: var name }
        && name.Identifier.ValueText.StartsWith("Define", System.StringComparison.Ordinal)
        && owner.ToString().EndsWith("LoggerMessage", System.StringComparison.Ordinal);
}
