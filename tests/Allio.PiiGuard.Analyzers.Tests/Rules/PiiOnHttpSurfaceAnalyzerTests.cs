using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiOnHttpSurfaceAnalyzerTests
{
    /// <summary>Minimal ASP.NET Core surface under the real namespaces: sinks are matched by metadata name.</summary>
    private const string AspNet = """

        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public static class Results
            {
                public static IResult Redirect(string url, bool permanent = false, bool preserveMethod = false) => null!;
                public static IResult Created(string? uri, object? value) => null!;
            }
            public interface IResponseCookies { void Append(string key, string value); }
            public interface IHeaderDictionary : System.Collections.Generic.IDictionary<string, string> { string Location { get; set; } }
            public static class HeaderDictionaryExtensions { public static void Append(this IHeaderDictionary headers, string key, string value) { } }
            public abstract class HttpResponse
            {
                public abstract IResponseCookies Cookies { get; }
                public abstract IHeaderDictionary Headers { get; }
                public abstract void Redirect(string location);
            }
            public readonly struct QueryString { public static QueryString Create(string name, string value) => default; }
        }
        namespace Microsoft.AspNetCore.WebUtilities
        {
            public static class QueryHelpers { public static string AddQueryString(string uri, string name, string value) => uri; }
        }
        namespace Microsoft.AspNetCore.Routing
        {
            public abstract class LinkGenerator { }
            public static class LinkGeneratorRouteValuesAddressExtensions
            {
                public static string? GetPathByRouteValues(this LinkGenerator generator, string? routeName, object? values) => null;
            }
        }
        """;

    private static string With(string source) => TestModel.With(source) + AspNet;

    [Fact]
    public Task Uri_with_personal_data_warns() => Verify.VerifyAsync(With("""
        using System;
        class Service
        {
            Uri Link(User u) => new Uri($"https://crm.example/find?email={{|#0:u.Email|}}");
        }
        """),
        new DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "new Uri"));

    [Fact]
    public Task Http_client_urls_warn() => Verify.VerifyAsync(With("""
        using System.Net.Http;
        using System.Threading.Tasks;
        class Service
        {
            async Task Run(HttpClient client, User u)
            {
                await client.GetAsync("/users?phone=" + {|PII012:u.Phone|});
                var url = $"/users/{u.Email}";
                await client.PostAsync({|PII012:url|}, new StringContent(u.Email));
                await client.GetStringAsync(string.Concat("/find/", {|PII012:u.Email|}));
            }
        }
        """));

    [Fact]
    public Task Redirects_warn() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Http;
        class Service
        {
            IResult Run(HttpResponse response, User u)
            {
                response.Redirect("/welcome?email=" + {|PII012:u.Email|});
                return Results.Redirect($"/done/{{|PII012:u.Phone|}}");
            }
        }
        """));

    [Fact]
    public Task A_razor_pages_redirects_warn() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Mvc.RazorPages;
        class GradesModel : PageModel
        {
            object Search(User u) => RedirectToPage("/Grades", new { email = {|PII012:u.Email|} });
            object Back(User u) => RedirectToPage("/Grades", new { id = u.Id });
            object Home(User u) => LocalRedirect("/home?phone=" + {|PII012:u.Phone|});
        }

        namespace Microsoft.AspNetCore.Mvc.RazorPages
        {
            public abstract class PageModel
            {
                public object RedirectToPage(string pageName, object routeValues) => null!;
                public object LocalRedirect(string localUrl) => null!;
            }
        }
        """));

    [Fact]
    public Task Cookies_and_headers_warn() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Http;
        class Service
        {
            void Run(HttpResponse response, User u)
            {
                response.Cookies.Append("email", {|PII012:u.Email|});
                response.Headers["X-User-Phone"] = {|PII012:u.Phone|};
                response.Headers.Append("X-User-Email", {|PII012:u.Email|});
                response.Headers.Location = "/u/" + {|PII012:u.Email|};
            }
        }
        """));

    [Fact]
    public Task Query_strings_and_links_warn() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.AspNetCore.WebUtilities;
        class Service
        {
            void Run(LinkGenerator links, User u)
            {
                var query = QueryString.Create("email", {|PII012:u.Email|});
                var url = QueryHelpers.AddQueryString("/find", "phone", {|PII012:u.Phone|});
                var path = links.GetPathByRouteValues("user", new { email = {|PII012:u.Email|} });
            }
        }
        """));

    [Fact]
    public Task Uri_builder_and_request_message_warn() => Verify.VerifyAsync(With("""
        using System;
        using System.Net.Http;
        class Service
        {
            HttpRequestMessage Run(User u)
            {
                var builder = new UriBuilder("https://crm.example") { Query = "email=" + {|PII012:u.Email|} };
                return new HttpRequestMessage(HttpMethod.Get, "/find/" + {|PII012:u.Phone|});
            }
        }
        """));

    [Fact]
    public Task Interprocedural_and_escaped_values_warn() => Verify.VerifyAsync(With("""
        using System;
        class Service
        {
            static string SearchPath(User u) => "/search?q=" + Uri.EscapeDataString(u.Email);
            Uri Run(User u) => new Uri({|PII012:SearchPath(u)|}, UriKind.Relative);
        }
        """));

    [Fact]
    public Task Personal_parameter_in_url_warns() => Verify.VerifyAsync(With("""
        using System.Net.Http;
        using System.Threading.Tasks;
        class Service
        {
            Task<string> Run(HttpClient client, [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] string phone) =>
                client.GetStringAsync($"/lookup/{{|PII012:phone|}}");
        }
        """));

    [Fact]
    public Task Identifier_urls_are_clean() => Verify.VerifyAsync(With("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        class Service
        {
            async Task Run(HttpClient client, User u)
            {
                await client.GetAsync($"/users/{u.Id}");
                var uri = new Uri("https://crm.example/users/" + u.Id);
            }
        }
        """));

    [Fact]
    public Task Personal_data_in_request_body_is_not_this_rule() => Verify.VerifyAsync(With("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        class Service
        {
            async Task Run(HttpClient client, User u)
            {
                await client.PostAsync("/users", new StringContent(u.Email));
                var created = Results.Created("/users/1", u.Email);
            }
        }
        """));

    [Fact]
    public Task Masked_and_hashed_values_are_clean() => Verify.VerifyAsync(With("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Allio.PiiGuard;
        using Microsoft.AspNetCore.Http;
        class Service
        {
            void Run(HttpResponse response, User u)
            {
                response.Cookies.Append("who", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(u.Email))));
                response.Headers["X-User"] = PiiRedact.Mask(u.Email, PiiKind.Email);
            }
        }
        """));

    [Fact]
    public Task Headers_of_outbound_requests_warn() => Verify.VerifyAsync(With("""
        using System.Net.Http;
        class Service
        {
            void Run(HttpClient client, HttpRequestMessage request, User u)
            {
                request.Headers.Add("X-User-Email", {|PII012:u.Email|});
                client.DefaultRequestHeaders.TryAddWithoutValidation("X-Phone", {|PII012:u.Phone|});
                request.Content!.Headers.Add("X-Who", "user " + {|PII012:u.Email|});
                request.Headers.Add("X-User-Id", u.Id.ToString());
                request.Headers.Add("X-Correlation", System.Guid.NewGuid().ToString());
            }
        }
        """));

    [Fact]
    public Task Header_reads_are_clean() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Http;
        class Service
        {
            string Run(HttpResponse response, User u) => response.Headers["X-Id"] + u.Id;
        }
        """));

    [Fact]
    public Task Non_personal_members_are_clean() => Verify.VerifyAsync(With("""
        using Microsoft.AspNetCore.Http;
        class Service
        {
            IResult Run(User u) => Results.Redirect($"/users/{u.Id}?login={u.Login}&len={u.Email.Length}");
        }
        """));

    [Fact]
    public Task Other_dictionaries_are_clean() => Verify.VerifyAsync(With("""
        using System.Collections.Generic;
        class Service
        {
            void Run(Dictionary<string, string> headers, User u)
            {
                headers["X-Email"] = u.Email;
                headers.Add("X-Phone", u.Phone);
            }
        }
        """));

    [Fact]
    public Task Clean_helper_urls_are_clean() => Verify.VerifyAsync(With("""
        using System;
        class Service
        {
            static string ProfilePath(User u) => "/profile/" + u.Id;
            Uri Run(User u) => new Uri(ProfilePath(u), UriKind.Relative);
        }
        """));

    [Fact]
    public Task Uri_without_personal_data_passed_on_is_clean() => Verify.VerifyAsync(With("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        class Service
        {
            Task Run(HttpClient client, User u)
            {
                var uri = new Uri("https://crm.example/users");
                return client.GetAsync(uri);
            }
        }
        """));
}
