using System.Text;

namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>An HTTP client to a declared recipient: JSON bodies, ids in URLs, retries and response checks.</summary>
internal static class ClientFileWriter
{
    public static GeneratedFile Write(int index)
    {
        var entity = DomainNames.Entity(index);
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Allio.PiiGuard;
            using LargeApp.Domain{{index % 10}};

            namespace LargeApp.Clients{{index % 10}};

            public sealed record {{entity}}Registration(string LastName, string FirstName, string Company, string Email);

            [PiiRecipient("rights-holder")]
            [ProcessingPurpose("software-registration")]
            public sealed class {{entity}}Client(HttpClient http)
            {
                public async Task<bool> RegisterAsync({{entity}} item, CancellationToken cancellationToken)
                {
                    var body = new {{entity}}Registration(item.LastName, item.FirstName, item.Company, item.Email);
                    using var response = await http.PostAsJsonAsync("registrations", body, cancellationToken).ConfigureAwait(false);
                    return response.IsSuccessStatusCode;
                }

            """);
        for (var call = 0; call < 14; call++)
        {
            text.Append($$"""
                    public async Task<string?> Fetch{{call}}Async(Guid id, CancellationToken cancellationToken)
                    {
                        for (var attempt = 0; attempt < 3; attempt++)
                        {
                            using var response = await http.GetAsync($"items/{id}/part/{{call}}?attempt={attempt}", cancellationToken).ConfigureAwait(false);
                            if (response.IsSuccessStatusCode)
                            {
                                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                            }

                            await Task.Delay(TimeSpan.FromMilliseconds(100 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
                        }

                        return null;
                    }

                """);
        }

        if (index % 10 == 7)
        {
            text.Append($$"""
                    public Task<HttpResponseMessage> LookupAsync({{entity}} item, CancellationToken cancellationToken) =>
                        http.GetAsync("lookup?email=" + item.Email, cancellationToken);

                """);
        }

        text.Append("}\n");
        return new GeneratedFile($"Clients/{entity}Client.cs", text.ToString());
    }
}
