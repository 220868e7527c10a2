using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>A well-known SaaS vendor whose SDK sends what it is given to the vendor's servers.</summary>
/// <param name="Id">The recipient id a policy uses to declare the vendor (a declared recipient with this id wins).</param>
/// <param name="Vendor">How messages name the vendor.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country where the vendor processes the data.</param>
/// <param name="Namespaces">Root namespaces of the vendor's .NET SDKs; calls into them (or sub-namespaces) are transfers.</param>
/// <param name="Hosts">API hosts of the vendor (<c>*.</c> for subdomains), for raw <c>HttpClient</c> calls.</param>
internal sealed record KnownRecipient(string Id, string Vendor, string Country, ImmutableArray<string> Namespaces, ImmutableArray<string> Hosts);
