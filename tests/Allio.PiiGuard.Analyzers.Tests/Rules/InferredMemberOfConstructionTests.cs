using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using RedirectTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Under inference, a member guessed personal by its name, read from an object the method can trace to its constructions
/// (a <c>new</c>, a factory's result, or <c>null</c>), holds what those constructions gave it: an area's coordinates rounded
/// by its factory locate no one. Marks still count whatever was given, and an object from elsewhere keeps its name's guess.
/// </summary>
public sealed class InferredMemberOfConstructionTests
{
    private const string Area = """
        public record AreaPoint(double Latitude, double Longitude)
        {
            public static AreaPoint Coarse(double latitude, double longitude) => new(System.Math.Round(latitude, 2), System.Math.Round(longitude, 2));
            public static AreaPoint Exact(double latitude, double longitude) => new(latitude, longitude);
        }

        public class Keycard
        {
            public int Slot { get; set; }
            public string AccessPin { get; set; } = "";
        }

        public class Caller
        {
            public Caller(string id)
            {
                Id = id;
                Phone = Directory.Lookup(id);
            }

            public string Id { get; }
            public string Phone { get; }
        }

        static class Directory
        {
            public static string Lookup(string id) => id;
        }

        public class Sighting
        {
            public double Latitude { get; set; }
            public double Longitude { get; set; }
        }
        """;

    [Fact]
    public Task An_inferred_member_of_a_traced_construction_holds_what_it_was_given()
    {
        var test = new RedirectTest
        {
            TestState =
            {
                Sources =
                {
                    """
                    using Microsoft.Extensions.Logging;
                    class Sightings
                    {
                        void Show(ILogger log, Sighting? latest, AreaPoint given)
                        {
                            var area = latest is null ? null : AreaPoint.Coarse(latest.Latitude, latest.Longitude);
                            log.LogInformation("Area {Lat},{Lon}", area?.Latitude, area?.Longitude);
                            var rounded = new AreaPoint(System.Math.Round(latest!.Latitude, 1), 0);
                            log.LogInformation("Area {Lat}", rounded.Latitude);
                            var exact = AreaPoint.Exact(latest.Latitude, latest.Longitude);
                            log.LogInformation("Point {Lat}", {|#0:exact.Latitude|});
                            log.LogInformation("Point {Lat}", {|#1:given.Latitude|});
                            var card = new Keycard { Slot = 2, AccessPin = System.Random.Shared.Next(0, 10000).ToString("D4") };
                            log.LogInformation("Card {Pin}", {|#3:card.AccessPin|});
                            var caller = new Caller("c-1");
                            log.LogInformation("Caller {Phone}", {|#2:caller.Phone|});
                        }
                    }
                    """,
                    Area,
                },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("'Sighting.Latitude' looks like personal data by its name (Location) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("'AreaPoint.Latitude' looks like personal data by its name (Location) and reaches log sink 'ILogger.LogInformation' unredacted"));
        // The constructor sets the phone from elsewhere: the construction does not decide it, and its name counts.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("'Caller.Phone' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        // A secret made for the person is theirs, whatever it was made from.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("'Keycard.AccessPin' looks like personal data by its name (Other) and reaches log sink 'ILogger.LogInformation' unredacted"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_member_given_a_value_the_engine_cannot_see_into_keeps_its_names_guess()
    {
        var test = new RedirectTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                public sealed class RequestScope
                {
                    public RequestScope(string? ipAddress, string? origin)
                    {
                        IpAddress = ipAddress;
                        Origin = origin;
                    }

                    public string? IpAddress { get; }
                    public string? Origin { get; }
                    public override string ToString() => $"IpAddress:{IpAddress} Origin:{Origin}";
                }

                class Middleware
                {
                    void Invoke(ILogger log, object context)
                    {
                        log.LogInformation("{Scope}", {|#0:new RequestScope(context.GetIpAddress(), "web")|});
                        log.LogInformation("{Scope}", {|#1:new RequestScope(Vendor.Http.ClientAddress(context), "web")|});
                        log.LogInformation("{Scope}", new RequestScope(null, "web"));
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("'RequestScope.IpAddress' looks like personal data by its name (OnlineIdentifier) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("'RequestScope.IpAddress' looks like personal data by its name (OnlineIdentifier) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.TestState.AdditionalReferences.Add(Verifiers.TestReferences.Library("namespace Vendor { public static class Http { public static string? ClientAddress(object context) => null; } }", "VendorHttp"));
        return test.RunAsync();
    }
}
