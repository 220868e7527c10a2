using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Framework members that hold a visitor's data in every application: the address a request comes from
/// (<c>HttpContext.Connection.RemoteIpAddress</c>), the signed-in user's name (<c>User.Identity.Name</c>) and the values a
/// request's form, query string or cookies send under a key named like personal data (<c>Request.Form["email"]</c>).
/// Nobody can mark them, so inference treats them as sources of their kind, as it does names in source.
/// </summary>
internal static class FrameworkSources
{
    /// <summary>The request's collections of values sent by the visitor, read by key.</summary>
    private static readonly string[] RequestCollections =
    [
        "Microsoft.AspNetCore.Http.IFormCollection", "Microsoft.AspNetCore.Http.IQueryCollection",
        "Microsoft.AspNetCore.Http.IRequestCookieCollection", "Microsoft.AspNetCore.Http.FormCollection",
        "Microsoft.AspNetCore.Http.QueryCollection",
    ];

    /// <summary>
    /// What a request's value read under <paramref name="key"/> holds (<c>form["email"]</c>: an e-mail), or null when the
    /// indexer is no request collection's or the key names nothing personal (or only a person's key or an area).
    /// </summary>
    public static PiiNameHeuristics.Match? KindOfKeyedRead(IPropertySymbol indexer, string key, Compilation compilation) =>
        indexer.IsIndexer && System.Array.Exists(RequestCollections, name => SymbolNames.Is(indexer.ContainingType, name))
        && PiiNameHeuristics.Classify(key, compilation.GetSpecialType(SpecialType.System_String)) is { DiscoveryOnly: false } match
            ? match
            : null;

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
            "Name" when SymbolNames.Is(owner, "System.Security.Principal.IIdentity")
                || SymbolNames.Is(owner, "System.Security.Claims.ClaimsIdentity") => "OnlineIdentifier",
            _ => null,
        };
    }
}
