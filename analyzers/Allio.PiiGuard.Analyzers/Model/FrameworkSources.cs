using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Framework members that hold a visitor's data in every application: the address a request comes from
/// (<c>HttpContext.Connection.RemoteIpAddress</c>, a proxy's <c>X-Forwarded-For</c>, a gRPC call's <c>Peer</c>), the value a
/// visitor typed into a field that failed validation (FluentValidation's and model state's <c>AttemptedValue</c>), the signed-in user's name
/// (<c>User.Identity.Name</c>) and claims (<c>User.FindFirst(ClaimTypes.Email)</c>), and the values a request's form, query
/// string, cookies or headers send under a key named like personal data (<c>Request.Form["email"]</c>).
/// Nobody can mark them, so inference treats them as sources of their kind, as it does names in source.
/// </summary>
internal static class FrameworkSources
{
    /// <summary>The request's collections of values sent by the visitor, read by key.</summary>
    private static readonly string[] RequestCollections =
    [
        "Microsoft.AspNetCore.Http.IFormCollection", "Microsoft.AspNetCore.Http.IQueryCollection",
        "Microsoft.AspNetCore.Http.IRequestCookieCollection", "Microsoft.AspNetCore.Http.FormCollection",
        "Microsoft.AspNetCore.Http.QueryCollection", "Microsoft.AspNetCore.Http.IHeaderDictionary",
    ];

    /// <summary>Headers in which proxies pass on the address a request comes from.</summary>
    private static readonly string[] ClientAddressHeaders =
        ["x-forwarded-for", "x-real-ip", "x-client-ip", "x-original-for", "forwarded", "cf-connecting-ip", "true-client-ip"];

    /// <summary>The types a signed-in user's claims are read from.</summary>
    private static readonly string[] ClaimHolders = ["System.Security.Claims.ClaimsPrincipal", "System.Security.Claims.ClaimsIdentity"];

    /// <summary>
    /// What a request's value read under <paramref name="key"/> holds (<c>form["email"]</c>: an e-mail; an action filter's
    /// <c>context.ActionArguments["email"]</c>, bound from the request), or null when the indexer is no request
    /// collection's or the key names nothing personal (or only a person's key or an area).
    /// </summary>
    public static PiiNameHeuristics.Match? KindOfKeyedRead(IPropertyReferenceOperation read, string key, Compilation compilation) =>
        !read.Property.IsIndexer ? null
        : HoldsRequestValues(read.Instance, read.Property.ContainingType) ? KindOfRequestValue(key, compilation)
        : IsJsonDocument(read.Instance?.Type ?? read.Property.ContainingType) ? ByJsonKey(key, compilation)
        : null;

    /// <summary>A JSON document's value read by a constant path or property name (<c>SelectToken("data.email")</c>, <c>GetProperty("email")</c>).</summary>
    public static bool IsJsonKeyedCall(IInvocationOperation call) =>
        call.TargetMethod.Name is "SelectToken" or "GetProperty" && IsJsonDocument(call.Instance?.Type ?? call.TargetMethod.ContainingType)
        && call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };

    /// <summary>
    /// What a JSON document's key names, unless it names only a party (<c>"customer"</c>, <c>"payer"</c>): an API's
    /// payload gives a party as its id or as an object more often than as a name.
    /// </summary>
    private static PiiNameHeuristics.Match? ByJsonKey(string key, Compilation compilation) =>
        ByName(key, compilation) is { } match && !(match.Kind == "FullName" && PiiNameHeuristics.Words(key).Count == 1) ? match : null;

    /// <summary>
    /// A parsed JSON document (Newtonsoft's <c>JToken</c> and its <c>JObject</c>, System.Text.Json's <c>JsonNode</c> and
    /// <c>JsonElement</c>): a webhook's or an API's payload, whose values are read by key (<c>payload["email"]</c>).
    /// </summary>
    public static bool IsJsonDocument(ITypeSymbol? type) =>
        type is not null && (SymbolNames.IsOrDerivesFrom(type, "Newtonsoft.Json.Linq.JToken") || SymbolNames.IsOrDerivesFrom(type, "System.Text.Json.Nodes.JsonNode")
            || SymbolNames.Is(type, "System.Text.Json.JsonElement"));

    /// <summary>
    /// What a value looked up under <paramref name="key"/> and written to an <c>out</c> argument holds, and where it comes
    /// from: a request's (<c>Request.Query.TryGetValue("email", out var v)</c>, <c>context.ActionArguments.TryGetValue("phoneNumber",
    /// out var phone)</c>) or a JSON document's (<c>element.TryGetProperty("email", out var e)</c>, <c>JsonObject</c>'s
    /// <c>TryGetPropertyValue</c>, <c>JObject</c>'s <c>TryGetValue</c>); null for any other call or key.
    /// </summary>
    public static (PiiNameHeuristics.Match Match, string Source)? LookedUpValue(IInvocationOperation call, string key, Compilation compilation)
    {
        var method = call.TargetMethod;
        if (method.Name == "TryGetValue" && HoldsRequestValues(call.Instance, method.ContainingType))
        {
            return KindOfRequestValue(key, compilation) is { } sent ? (sent, "request value") : null;
        }

        return IsJsonLookUp(call) && ByJsonKey(key, compilation) is { } named ? (named, "JSON value") : null;
    }

    /// <summary>
    /// A JSON document's value looked up by a constant name into an <c>out</c> argument (<c>TryGetProperty("email", out var
    /// e)</c>): it holds what the name says, nothing else of the document.
    /// </summary>
    public static bool IsJsonLookUp(IInvocationOperation call) =>
        call.TargetMethod.Name is "TryGetProperty" or "TryGetPropertyValue" or "TryGetValue"
        && IsJsonDocument(call.Instance?.Type ?? call.TargetMethod.ContainingType)
        && call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };

    private static PiiNameHeuristics.Match? KindOfRequestValue(string key, Compilation compilation) =>
        System.Array.IndexOf(ClientAddressHeaders, key.ToLowerInvariant()) >= 0 ? new PiiNameHeuristics.Match("OnlineIdentifier", "ipaddress")
        : ByName(key, compilation);

    /// <summary>
    /// True for a request's collection of values (by the receiver's type, or the accessor's for an interface's own one), the
    /// values its route took from the path (<c>Request.RouteValues</c>), and an action filter's arguments, which model
    /// binding took from the request.
    /// </summary>
    private static bool HoldsRequestValues(IOperation? receiver, ITypeSymbol accessorOwner) =>
        IsRequestCollection(receiver?.Type) || IsRequestCollection(accessorOwner)
        || receiver is IPropertyReferenceOperation { Property: { Name: "RouteValues" } route }
            && SymbolNames.IsOrDerivesFrom(route.ContainingType, "Microsoft.AspNetCore.Http.HttpRequest")
        || receiver is IPropertyReferenceOperation { Property: { Name: "ActionArguments" } arguments }
            && SymbolNames.IsOrDerivesFrom(arguments.ContainingType, "Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext");

    private static bool IsRequestCollection(ITypeSymbol? type) =>
        type is not null && System.Array.Exists(RequestCollections, name => SymbolNames.Is(type, name));

    /// <summary>
    /// A value a framework call reads by a constant key, and what it names: a signed-in user's claim (<c>FindFirst</c>,
    /// <c>FindFirstValue</c>, <c>FindAll</c> of a principal or an identity) by the last segment of its type's URI
    /// (<c>ClaimTypes.Email</c>: "emailaddress"; a JWT's "given_name"; the user's "name" is their user name), or context
    /// that travels with a request across services (OpenTelemetry's <c>Baggage.GetBaggage("driver.name")</c>, an
    /// activity's <c>GetBaggageItem</c>) by its key. Null for any other call or key.
    /// </summary>
    public static (PiiNameHeuristics.Match Match, string Source, string Key)? KeyedCallRead(IInvocationOperation call, Compilation compilation)
    {
        var method = call.TargetMethod;
        if (method.Name is "GetBaggage" or "GetBaggageItem")
        {
            return (SymbolNames.Is(method.ContainingType, "OpenTelemetry.Baggage") || SymbolNames.Is(method.ContainingType, "System.Diagnostics.Activity"))
                && call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
                && ByName(key, compilation) is { } carried
                    ? (carried, "baggage", key)
                    : null;
        }

        // A JSON document's value by its path's last name or its property's (payload.SelectToken("data.object.customer_email"),
        // root.GetProperty("email")).
        if (IsJsonKeyedCall(call) && call.Arguments[0].Value.ConstantValue.Value is string path)
        {
            var name = path.Substring(path.LastIndexOf('.') + 1).Trim('[', ']', '\'', '$');
            return ByJsonKey(name, compilation) is { } named ? (named, "JSON value", path) : null;
        }

        if (method.Name is not ("FindFirst" or "FindFirstValue" or "FindAll") || call.Arguments.Length == 0)
        {
            return null;
        }

        var holder = method.IsExtensionMethod ? method.Parameters[0].Type : method.ContainingType;
        var typeAt = method.IsExtensionMethod && call.Instance is null ? 1 : 0;
        if (typeAt >= call.Arguments.Length || !IsClaimHolder(holder)
            || call.Arguments[typeAt].Value.ConstantValue is not { HasValue: true, Value: string claimType })
        {
            return null;
        }

        return KindOfClaim(claimType, compilation) is { } match ? (match, "claim", ClaimName(claimType)) : null;
    }

    /// <summary>True for the types a signed-in user's claims are read from (<c>ClaimsPrincipal</c>, <c>ClaimsIdentity</c>).</summary>
    public static bool IsClaimHolder(ITypeSymbol? type) =>
        type is not null && System.Array.Exists(ClaimHolders, name => SymbolNames.IsOrDerivesFrom(type, name));

    /// <summary>What a claim of <paramref name="claimType"/> holds (<c>ClaimTypes.Email</c>, <c>"email"</c>: an e-mail; <c>name</c>: a user name), or null.</summary>
    public static PiiNameHeuristics.Match? KindOfClaim(string claimType, Compilation compilation)
    {
        var name = ClaimName(claimType);
        return name == "name" ? new PiiNameHeuristics.Match("OnlineIdentifier", "username") : ByName(name, compilation);
    }

    /// <summary>A claim type's last segment: <c>emailaddress</c> of ClaimTypes.Email's URI.</summary>
    private static string ClaimName(string claimType) => claimType.Substring(claimType.LastIndexOf('/') + 1);

    /// <summary>
    /// What an exception's <c>Data</c> holds under a key named like personal data (<c>ex.Data["CustomerEmail"]</c>, read
    /// back in a filter or a handler far from where it was put in), or null for any other read.
    /// </summary>
    public static PiiNameHeuristics.Match? KindOfExceptionData(IPropertyReferenceOperation read, string key, Compilation compilation) =>
        read.Property.IsIndexer && read.Instance is IPropertyReferenceOperation { Property: { Name: "Data" } data }
        && SymbolNames.IsOrDerivesFrom(data.ContainingType, "System.Exception")
            ? ByName(key, compilation)
            : null;

    /// <summary>What a key names as text, unless only a person's key or an area (discovery only).</summary>
    private static PiiNameHeuristics.Match? ByName(string key, Compilation compilation) =>
        PiiNameHeuristics.Classify(key, compilation.GetSpecialType(SpecialType.System_String)) is { DiscoveryOnly: false } match ? match : null;

    /// <summary>The kind the framework member holds, or null when it is none of them.</summary>
    public static string? KindOf(ISymbol symbol)
    {
        if (symbol is not IPropertySymbol { ContainingType: { } owner } property)
        {
            return null;
        }

        return property.Name switch
        {
            "RemoteIpAddress" when SymbolNames.Is(owner, "Microsoft.AspNetCore.Http.ConnectionInfo")
                || SymbolNames.Is(owner, "Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature") => "OnlineIdentifier",
            // A gRPC call's peer: the address and port the caller connects from ("ipv4:203.0.113.7:51234").
            "Peer" when SymbolNames.Is(owner, "Grpc.Core.ServerCallContext") => "OnlineIdentifier",
            "Name" when SymbolNames.Is(owner, "System.Security.Principal.IIdentity")
                || SymbolNames.Is(owner, "System.Security.Claims.ClaimsIdentity") => "OnlineIdentifier",
            // What a visitor typed into a field that failed validation: their e-mail, name or card number as often as not.
            "AttemptedValue" when SymbolNames.Is(owner, "FluentValidation.Results.ValidationFailure")
                || SymbolNames.Is(owner, "Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry") => "Other",
            _ => null,
        };
    }
}
