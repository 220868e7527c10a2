using System.Net.Http.Json;
using System.Text.Json;

namespace Allio.Crm.Tests;

/// <summary><c>GET /</c> describes every endpoint with the purpose its handler declares.</summary>
public sealed class IndexTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task ListsEveryEndpointWithItsPurpose()
    {
        var index = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/");

        var endpoints = index.GetProperty("endpoints").EnumerateArray()
            .ToDictionary(endpoint => $"{endpoint.GetProperty("method").GetString()} {endpoint.GetProperty("path").GetString()}",
                endpoint => endpoint.GetProperty("purpose").GetString());

        Assert.Equal("ALLIO LLC", index.GetProperty("controller").GetString());
        Assert.Equal("user-inquiries", endpoints["POST /visitors/inquiries"]);
        Assert.Equal("recruitment", endpoints["POST /applicants"]);
        Assert.Equal("event-registration", endpoints["POST /events/{eventCode}/registrations"]);
        Assert.Equal("service-desk", endpoints["POST /service-desk/clients"]);
        Assert.Equal("software-registration", endpoints["POST /software/registrations"]);
        Assert.Equal("legal-obligations", endpoints["DELETE /subjects/{subjectId:guid}"]);
        Assert.Equal("legal-obligations", endpoints["GET /subjects/{subjectId:guid}/data"]);
        Assert.Null(endpoints["GET /"]);
    }
}
