using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Allio.Crm.Tests;

internal static class HttpClientExtensions
{
    /// <summary>Posts a submission, checks it was created, and returns the subject id the app filed it under.</summary>
    public static async Task<Guid> SubmitAsync(this HttpClient client, string url, object payload)
    {
        using var response = await client.PostAsJsonAsync(url, payload);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var subjectId = receipt.GetProperty("subjectId").GetGuid();
        Assert.Equal($"/subjects/{subjectId}/data", response.Headers.Location?.OriginalString);
        return subjectId;
    }

    /// <summary>The access request (§5.4): what the app holds about the subject.</summary>
    public static async Task<JsonElement> SubjectDataAsync(this HttpClient client, Guid subjectId)
    {
        using var response = await client.GetAsync($"/subjects/{subjectId}/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
