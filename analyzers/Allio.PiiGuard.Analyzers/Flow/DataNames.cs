using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// How messages name personal data, quotes included, so that a name never ends up quoted twice:
/// <c>'User.Email'</c>, <c>'User.GetPhone()'</c>, <c>parameter 'email'</c>, <c>tuple element 'Phone'</c>,
/// <c>'User.Email' in whole 'Order'</c>.
/// </summary>
internal static class DataNames
{
    public static string Of(ISymbol source) => source switch
    {
        IParameterSymbol parameter => "parameter '" + parameter.Name + "'",
        IMethodSymbol method => "'" + Owner(method) + method.Name + "()'",
        IFieldSymbol { ContainingType.IsTupleType: true } element => "tuple element '" + element.Name + "'",
        _ => "'" + Owner(source) + source.Name + "'",
    };

    /// <summary>
    /// A value read by a key: what a request's form, query string, cookies or headers sent (<c>request value 'email'</c>),
    /// what an exception's <c>Data</c> carries (<c>exception data 'CustomerEmail'</c>), or a parsed JSON document's value
    /// (<c>JSON value 'email'</c>).
    /// </summary>
    public static string OfKeyedValue(IPropertySymbol indexer, string key) =>
        (Model.SymbolNames.Is(indexer.ContainingType, "System.Collections.IDictionary") ? "exception data '"
            : Model.FrameworkSources.IsJsonDocument(indexer.ContainingType) ? "JSON value '"
            : "request value '") + key + "'";

    /// <summary>
    /// A value a framework call reads by key: a signed-in user's claim named by its type's last segment (<c>claim
    /// 'emailaddress'</c>), baggage by its key (<c>baggage 'driver.name'</c>).
    /// </summary>
    public static string OfKeyedCall(string source, string key) => source + " '" + key + "'";

    /// <summary>Data read as part of a whole object that a sink takes.</summary>
    public static string InWhole(ISymbol source, ITypeSymbol whole) => Of(source) + " in whole '" + whole.Name + "'";

    private static string Owner(ISymbol symbol) => symbol.ContainingType?.Name is { } owner ? owner + "." : string.Empty;
}
