using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII012: ASP.NET Core Data Protection's <c>Protect</c> encrypts a value before it goes into a cookie, URL or header.</summary>
public sealed class DataProtectionSanitizerTests
{
    private const string AspNet = """

        namespace Microsoft.AspNetCore.DataProtection
        {
            public interface IDataProtector { byte[] Protect(byte[] plaintext); byte[] Unprotect(byte[] protectedData); }
            public static class DataProtectionCommonExtensions
            {
                public static string Protect(this IDataProtector protector, string plaintext) => plaintext;
                public static string Unprotect(this IDataProtector protector, string protectedData) => protectedData;
            }
        }
        namespace Microsoft.AspNetCore.Http
        {
            public interface IResponseCookies { void Append(string key, string value); }
            public abstract class HttpResponse
            {
                public abstract IResponseCookies Cookies { get; }
                public abstract void Redirect(string location);
            }
        }
        """;

    private static Task VerifyAsync(string code) =>
        Verify.VerifyAsync("using Microsoft.AspNetCore.DataProtection;\nusing Microsoft.AspNetCore.Http;\n" + TestModel.With(code) + AspNet);

    [Fact]
    public Task Protected_values_are_clean() => VerifyAsync("""
        class Service
        {
            void Run(HttpResponse response, IDataProtector protector, User u)
            {
                response.Cookies.Append("contact", protector.Protect(u.Email));
                response.Redirect("/confirm?token=" + protector.Protect(u.Phone));
                var bytes = protector.Protect(System.Text.Encoding.UTF8.GetBytes(u.Email));
                response.Cookies.Append("raw", System.Convert.ToBase64String(bytes));
            }
        }
        """);

    [Fact]
    public Task Unprotected_or_unprotect_results_warn() => VerifyAsync("""
        class Service
        {
            void Run(HttpResponse response, IDataProtector protector, User u)
            {
                response.Cookies.Append("contact", {|PII012:u.Email|});
                response.Redirect("/confirm?token=" + protector.Unprotect({|PII012:u.Phone|}));
                var bytes = protector.Unprotect(System.Text.Encoding.UTF8.GetBytes(u.Email));
                response.Cookies.Append("raw", System.Convert.ToBase64String({|PII012:bytes|}));
            }
        }
        """);
}
