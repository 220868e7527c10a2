using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// Values ASP.NET Core writes as a response body: what a minimal-API handler lambda (passed to <c>Map*</c>) or a
/// controller action returns, <c>ActionResult&lt;T&gt;</c> included, and the reply a gRPC service method (one taking a
/// <c>ServerCallContext</c>) returns. Results (<c>IResult</c>, <c>IActionResult</c>) are left to the sink rows of
/// <c>Results.Ok(…)</c> and friends.
/// </summary>
internal static class EndpointResponses
{
    /// <summary>The context every gRPC service method is given by the server.</summary>
    public const string GrpcCallContext = "Grpc.Core.ServerCallContext";

    private const string EndpointExtensions = "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";
    private const string ControllerBase = "Microsoft.AspNetCore.Mvc.ControllerBase";

    private static readonly string[] ResultTypes =
        ["Microsoft.AspNetCore.Http.IResult", "Microsoft.AspNetCore.Mvc.IActionResult", "Microsoft.AspNetCore.Mvc.IConvertToActionResult"];

    /// <summary>How messages name the response <paramref name="returned"/> writes, or null when it is no endpoint's response.</summary>
    public static string? ResponseOf(IReturnOperation returned, ISymbol containingSymbol)
    {
        if (returned.ReturnedValue is not { } value || IsResult(Unwrap(value).Type))
        {
            return null;
        }

        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILocalFunctionOperation:
                    return null;
                case IAnonymousFunctionOperation lambda:
                    return HandlerCall(lambda) is { } map ? "endpoint " + map.TargetMethod.Name + " response" : null;
            }
        }

        if (containingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } action)
        {
            return null;
        }

        if (IsGrpcMethod(action))
        {
            return "gRPC method " + action.Name + " reply";
        }

        return SymbolNames.IsOrDerivesFrom(action.ContainingType, ControllerBase)
            && !SymbolNames.HasAttribute(action, "Microsoft.AspNetCore.Mvc.NonActionAttribute")
                ? "controller action " + action.Name + " response"
                : null;
    }

    /// <summary>A gRPC service method: it takes the server's call context (a unary or client-streaming call returns its reply).</summary>
    private static bool IsGrpcMethod(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SymbolNames.Is(parameter.Type, GrpcCallContext))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>MapGet</c>/<c>MapPost</c>/… call a lambda is the handler of, or null.</summary>
    private static IInvocationOperation? HandlerCall(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call }
            && call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal)
            && SymbolNames.Is(call.TargetMethod.ContainingType, EndpointExtensions)
                ? call
                : null;
    }

    private static bool IsResult(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var name in ResultTypes)
        {
            if (TypeMatching.IsOrInherits(type, name))
            {
                return true;
            }
        }

        return false;
    }

    public static IOperation Unwrap(IOperation operation) => Flow.OperationShapes.WithoutConversions(operation);
}
