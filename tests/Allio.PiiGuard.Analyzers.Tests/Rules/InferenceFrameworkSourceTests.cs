using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode treats the framework members that hold a visitor's data as sources: the address a request comes from
/// and the signed-in user's name. Other members of the same types, and the same members without inference, stay quiet.
/// </summary>
public sealed class InferenceFrameworkSourceTests
{
    private const string Source = """
        using Microsoft.Extensions.Logging;
        namespace Microsoft.AspNetCore.Http
        {
            public abstract class ConnectionInfo
            {
                public abstract System.Net.IPAddress? RemoteIpAddress { get; set; }
                public abstract int RemotePort { get; set; }
            }
            public abstract class HttpContext
            {
                public abstract ConnectionInfo Connection { get; }
                public abstract System.Security.Claims.ClaimsPrincipal User { get; set; }
                public abstract string TraceIdentifier { get; set; }
            }
        }
        class Middleware
        {
            void Run(ILogger logger, Microsoft.AspNetCore.Http.HttpContext ctx)
            {
                var ip = ctx.Connection.RemoteIpAddress?.ToString();
                logger.LogInformation("Client {Ip}", {|#0:ip|});
                logger.LogInformation("Client {Ip}", {|#2:ctx.Connection.RemoteIpAddress|});
                logger.LogInformation("Port {Port}", ctx.Connection.RemotePort);
                logger.LogInformation("User {Name}", ctx.User.Identity?{|#1:.Name|});
                logger.LogInformation("Authenticated {Auth}", ctx.User.Identity?.IsAuthenticated);
                logger.LogInformation("Trace {Trace}", ctx.TraceIdentifier);
                logger.LogInformation("Context {@Context}", ctx.Connection);
            }
        }
        """;

    [Fact]
    public Task The_request_s_address_and_the_user_s_name_are_sources_under_inference()
    {
        var test = new LogTest { TestCode = Source.Replace("{|#0:", "{|PII001:").Replace("{|#1:", "{|PII001:").Replace("{|#2:", "{|PII001:") };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_inference_they_are_not() =>
        new LogTest { TestCode = Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty) }.RunAsync();

    [Fact]
    public Task A_value_that_failed_validation_is_a_source_under_inference()
    {
        var test = new LogTest
        {
            TestCode = """
                using System.Collections.Generic;
                using System.Linq;
                using Microsoft.Extensions.Logging;
                namespace FluentValidation.Results
                {
                    public class ValidationFailure
                    {
                        public string PropertyName { get; set; } = "";
                        public object? AttemptedValue { get; set; }
                        public string ErrorMessage { get; set; } = "";
                    }
                }
                class Validation
                {
                    void Run(ILogger logger, List<FluentValidation.Results.ValidationFailure> errors)
                    {
                        logger.LogWarning("Rejected: {Fields}", string.Join(",", errors.Select(e => e.PropertyName)));
                        logger.LogWarning("Rejected: {Messages}", string.Join(",", errors.Select(e => e.ErrorMessage)));
                        var attempted = errors.Select(e => $"{e.PropertyName}='{e.AttemptedValue}'");
                        logger.LogDebug("Details: {Details}", string.Join("; ", {|PII001:attempted|}));
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
