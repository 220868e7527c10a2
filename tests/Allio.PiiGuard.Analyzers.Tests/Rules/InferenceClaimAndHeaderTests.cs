using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode reads a signed-in user's claims by their type (<c>User.FindFirst(ClaimTypes.Email)</c>) and a request's
/// headers by their key (<c>X-Device-Id</c>, a proxy's <c>X-Forwarded-For</c>) as sources; a user's key, a role, other
/// headers and the same reads without inference stay quiet. A static class named by a masking verb masks.
/// </summary>
public sealed class InferenceClaimAndHeaderTests
{
    private const string Source = """
        using System.Security.Claims;
        using Microsoft.Extensions.Logging;
        namespace Microsoft.AspNetCore.Http
        {
            public interface IHeaderDictionary { string this[string key] { get; } }
            public abstract class HttpRequest { public abstract IHeaderDictionary Headers { get; } }
        }
        public static class ClaimsExtensions
        {
            public static System.Collections.Generic.IEnumerable<Claim> FindAll(this ClaimsPrincipal principal) => principal.Claims;
            public static string? FindFirstValue(this ClaimsPrincipal principal, string type) => principal.FindFirst(type)?.Value;
        }
        public static class Redact
        {
            public static string Email(string email) => "***" + email.Substring(email.IndexOf('@'));
        }
        class Middleware
        {
            void Run(ILogger logger, ClaimsPrincipal user, Microsoft.AspNetCore.Http.HttpRequest request)
            {
                var email = user.FindFirst(ClaimTypes.Email)?.Value;
                logger.LogWarning("Request by {Email}", {|#0:email|});
                logger.LogWarning("Given {Name}", {|#1:user.FindFirst("given_name")|}?.Value);
                logger.LogWarning("User {Id}", user.FindFirst(ClaimTypes.NameIdentifier)?.Value);
                logger.LogWarning("Role {Role}", user.FindFirst(ClaimTypes.Role)?.Value);
                logger.LogWarning("Claims {Claims}", user.FindAll());
                logger.LogWarning("Surname {Surname}", {|#4:user.FindFirstValue(ClaimTypes.Surname)|});
                logger.LogWarning("Masked {Email}", Redact.Email(email ?? ""));
                logger.LogDebug("Forwarded {Chain}", {|#2:request.Headers["X-Forwarded-For"]|});
                logger.LogDebug("Device {Device}", {|#3:request.Headers["X-Device-Id"]|});
                logger.LogDebug("Agent {Agent}", request.Headers["User-Agent"]);
            }
        }
        """;

    [Fact]
    public Task Claims_and_headers_named_like_personal_data_are_sources_under_inference()
    {
        var test = new LogTest { TestCode = Source };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("claim 'emailaddress' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogWarning' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("claim 'given_name' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("request value 'X-Forwarded-For' looks like personal data by its name (OnlineIdentifier) and reaches log sink 'ILogger.LogDebug' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("request value 'X-Device-Id' looks like personal data by its name (OnlineIdentifier) and reaches log sink 'ILogger.LogDebug' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(4)
            .WithMessage("claim 'surname' looks like personal data by its name (LastName) and reaches log sink 'ILogger.LogWarning' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_inference_they_are_not() =>
        new LogTest
        {
            TestCode = Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty)
                .Replace("{|#3:", string.Empty).Replace("{|#4:", string.Empty).Replace("|}", string.Empty),
        }.RunAsync();

    [Fact]
    public Task Claims_read_by_a_helper_in_another_file_are_sources_under_inference()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Service.cs", """
            using System.Security.Claims;
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(ILogger logger, ClaimsPrincipal user)
                {
                    logger.LogInformation("Signed in {Email}", {|PII001:user.CurrentEmail()|});
                    logger.LogInformation("Signed in {Handle}", {|PII001:user.PreferredUsername()|});
                    logger.LogInformation("Signed in {Id}", user.CurrentAccountId());
                    logger.LogInformation("Signed in {Role}", user.CurrentRole());
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Claims.cs", """
            using System;
            using System.Security.Claims;
            public static class ClaimsPrincipalExtensions
            {
                public static string? CurrentEmail(this ClaimsPrincipal user) =>
                    user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value;

                public static string? PreferredUsername(this ClaimsPrincipal user) => user.FindFirst("preferred_username")?.Value;

                public static Guid CurrentAccountId(this ClaimsPrincipal user) =>
                    Guid.TryParse(user.FindFirst("sub")?.Value, out var id) ? id : Guid.Empty;

                public static string? CurrentRole(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value;
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
