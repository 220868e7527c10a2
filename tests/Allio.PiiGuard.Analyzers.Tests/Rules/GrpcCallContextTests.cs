using HttpTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer>.Test;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A gRPC call's <c>ServerCallContext.Peer</c> is the address the caller connects from (a source under inference, like a
/// request's remote IP address), and what a service writes into gRPC metadata (reply headers and trailers, a call's
/// headers) travels as HTTP headers.
/// </summary>
public sealed class GrpcCallContextTests
{
    private const string Grpc = """

        namespace Grpc.Core
        {
            public abstract class ServerCallContext
            {
                public abstract string Peer { get; }
                public abstract string Method { get; }
                public abstract Metadata ResponseTrailers { get; }
            }
            public sealed class Metadata : System.Collections.IEnumerable
            {
                public void Add(string key, string value) { }
                public System.Collections.IEnumerator GetEnumerator() => null!;
            }
        }
        """;

    private const string Inference = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    [Fact]
    public Task The_callers_address_is_a_source_and_its_method_is_not() => new LogTest
    {
        TestCode = """
            using Grpc.Core;
            using Microsoft.Extensions.Logging;
            class VisitService
            {
                void CheckIn(ILogger logger, ServerCallContext context)
                {
                    var peer = context.Peer;
                    logger.LogDebug("Check-in from {Peer}", {|PII001:peer|});
                    logger.LogDebug("Call {Method}", context.Method);
                }
            }
            """ + Grpc,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();

    [Fact]
    public Task Personal_data_written_into_metadata_is_reported() => new HttpTest
    {
        TestCode = """
            using Grpc.Core;
            public sealed class Client
            {
                public string ClientId { get; set; } = "";
                public string FullName { get; set; } = "";
            }
            class VisitService
            {
                void CheckOut(Client client, ServerCallContext context)
                {
                    context.ResponseTrailers.Add("x-client-ref", client.ClientId);
                    context.ResponseTrailers.Add("x-client-name", {|PII012:client.FullName|});
                    var headers = new Metadata { { "x-client", {|PII012:client.FullName|} }, { "x-visit", "v-1" } };
                }
            }
            """ + Grpc,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();
}
