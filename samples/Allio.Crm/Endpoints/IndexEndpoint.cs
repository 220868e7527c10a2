using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.Metadata;

namespace Allio.Crm.Endpoints;

/// <summary>
/// <c>GET /</c>: what this service does, read from the routing table itself so it cannot drift from the
/// endpoints: each route with its method, description and the <c>[ProcessingPurpose]</c> of its handler.
/// </summary>
internal static class IndexEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", (EndpointDataSource endpoints) => TypedResults.Ok(Describe(endpoints)))
            .WithDescription("Describe the endpoints of this service");

    private static ServiceDescription Describe(EndpointDataSource source) => new(
        Service: "Allio CRM: a sample governed by Allio.PiiGuard",
        Controller: "ALLIO LLC",
        Policy: "piiguard.json",
        Endpoints: [.. source.Endpoints.OfType<RouteEndpoint>().Select(Describe)]);

    private static EndpointDescription Describe(RouteEndpoint endpoint) => new(
        Method: string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
        Path: "/" + endpoint.RoutePattern.RawText?.TrimStart('/'),
        Purpose: endpoint.Metadata.GetMetadata<ProcessingPurposeAttribute>()?.Id,
        Description: endpoint.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description);

    private sealed record ServiceDescription(string Service, string Controller, string Policy, IReadOnlyList<EndpointDescription> Endpoints);

    private sealed record EndpointDescription(string Method, string Path, string? Purpose, string? Description);
}
