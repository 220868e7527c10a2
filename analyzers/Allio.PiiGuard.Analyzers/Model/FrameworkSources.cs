using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Framework members that hold a visitor's data in every application: the address a request comes from
/// (<c>HttpContext.Connection.RemoteIpAddress</c>) and the signed-in user's name (<c>User.Identity.Name</c>). Nobody can
/// mark them, so inference treats them as sources of their kind, as it does names in source.
/// </summary>
internal static class FrameworkSources
{
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
