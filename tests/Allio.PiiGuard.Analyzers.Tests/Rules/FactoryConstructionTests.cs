using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;
using SerializeTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>.Test;
using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// An object a factory of the same file builds (<c>claim.ToPublicDto()</c>) is judged by the constructions the factory
/// returns, as the same construction written at the sink is: what they give the personal members, masked or not.
/// </summary>
public sealed class FactoryConstructionTests
{
    private const string Model = """

        public sealed class Claim
        {
            public string Number { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string RenterName { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string RenterEmail { get; set; } = "";
        }

        public class ClaimDto
        {
            public string Number { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string RenterName { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string RenterEmail { get; set; } = "";
        }

        static class Privacy
        {
            public static string Initials(string name) => name.Length > 0 ? name[..1] : "";
            public static string Mask(string text) => "***";
        }
        """;

    [Fact]
    public Task A_factory_building_from_masked_values_is_quiet_and_one_copying_them_is_reported() => SerializeVerify.VerifyAsync("""
        using System.Text.Json;
        static class ClaimMapping
        {
            public static ClaimDto ToDto(this Claim claim) => new()
            {
                Number = claim.Number,
                RenterName = claim.RenterName,
                RenterEmail = claim.RenterEmail,
            };

            public static ClaimDto ToPublicDto(this Claim claim) => new()
            {
                Number = claim.Number,
                RenterName = Privacy.Initials(claim.RenterName),
                RenterEmail = Privacy.Mask(claim.RenterEmail),
            };

            public static ClaimDto HalfMasked(Claim claim)
            {
                var initials = Privacy.Initials(claim.RenterName);
                return new ClaimDto { Number = claim.Number, RenterName = initials, RenterEmail = claim.RenterEmail };
            }

            public static ClaimDto FromText(string number, string email) =>
                new ClaimDto { Number = number, RenterName = "", RenterEmail = email };
        }

        class Service
        {
            string Dashboard(Claim claim)
            {
                var dto = claim.ToPublicDto();
                return JsonSerializer.Serialize(dto);
            }

            string Inline(Claim claim) => JsonSerializer.Serialize(claim.ToPublicDto());

            string Insurer(Claim claim)
            {
                var dto = claim.ToDto();
                return JsonSerializer.Serialize({|PII002:dto|});
            }

            string Half(Claim claim) => JsonSerializer.Serialize({|PII002:ClaimMapping.HalfMasked(claim)|});

            string Passed(Claim claim) => JsonSerializer.Serialize(ClaimMapping.FromText(claim.Number, {|PII002:claim.RenterEmail|}));

            string Numbered(Claim claim) => JsonSerializer.Serialize(ClaimMapping.FromText(claim.Number, Privacy.Mask(claim.RenterEmail)));
        }
        """ + Model);

    [Fact]
    public Task A_factory_result_filled_after_the_call_or_built_in_part_elsewhere_stays_reported() => SerializeVerify.VerifyAsync("""
        using System.Text.Json;
        class Mapper
        {
            private readonly ClaimDto _cached = new();

            public static ClaimDto ToPublicDto(Claim claim) => new() { Number = claim.Number, RenterName = "", RenterEmail = "" };

            public ClaimDto Either(Claim claim, bool fresh) => fresh ? ToPublicDto(claim) : _cached;

            public ClaimDto OrCached(Claim claim, bool fresh)
            {
                if (fresh)
                {
                    return ToPublicDto(claim);
                }

                return _cached;
            }

            public virtual ClaimDto Overridable(Claim claim) => new() { Number = claim.Number };
        }

        class Service
        {
            string Filled(Claim claim)
            {
                var dto = Mapper.ToPublicDto(claim);
                dto.RenterEmail = claim.RenterEmail;
                return JsonSerializer.Serialize({|PII002:dto|});
            }

            string Mixed(Mapper mapper, Claim claim) => JsonSerializer.Serialize({|PII002:mapper.OrCached(claim, true)|});

            string Conditional(Mapper mapper, Claim claim) => JsonSerializer.Serialize({|PII002:mapper.Either(claim, true)|});

            string Virtual(Mapper mapper, Claim claim) => JsonSerializer.Serialize({|PII002:mapper.Overridable(claim)|});
        }
        """ + Model);

    [Fact]
    public Task A_destructured_factory_result_is_judged_by_what_it_was_given() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        public sealed record Contact(string Number, [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string Email);
        class Service
        {
            private readonly ILogger<Service> _logger;
            public Service(ILogger<Service> logger) => _logger = logger;

            private Contact Masked(Claim claim) => new(claim.Number, Privacy.Mask(claim.RenterEmail));
            private Contact Plain(Claim claim) => new(claim.Number, claim.RenterEmail);

            void Run(Claim claim)
            {
                _logger.LogInformation("Contact {@Contact}", Masked(claim));
                _logger.LogInformation("Contact {Contact}", Masked(claim));
                _logger.LogInformation("Contact {@Contact}", {|PII001:Plain(claim)|});
                _logger.LogInformation("Contact {Contact}", {|PII001:Plain(claim)|});
                _logger.LogInformation("Boxed {@Box}", Box.Of({|PII001:claim|}));
                _logger.LogInformation("Boxed {@Box}", Box.Of(claim.Number));
            }
        }

        public sealed class Box<T>
        {
            public T? Value { get; set; }
        }

        static class Box
        {
            public static Box<T> Of<T>(T value) => new() { Value = value };
        }
        """ + Model);

    [Fact]
    public Task A_factory_in_another_file_is_read_from_the_constructions_it_returns() => new SerializeTest
    {
        TestState =
        {
            Sources =
            {
                ("/0/Service.cs", """
                    using System.Text.Json;
                    class Service
                    {
                        string Dashboard(Claim claim)
                        {
                            var dto = claim.ToPublicDto();
                            return JsonSerializer.Serialize(dto);
                        }

                        string Area(Claim claim) => JsonSerializer.Serialize(ClaimMapping.Area(claim));

                        string Insurer(Claim claim) => JsonSerializer.Serialize({|PII002:claim.ToDto()|});

                        string Passed(Claim claim) => JsonSerializer.Serialize(ClaimMapping.FromText(claim.Number, {|PII002:claim.RenterEmail|}));

                        string Partial(Claim claim) => JsonSerializer.Serialize({|PII002:ClaimMapping.NumberOnly(claim)|});

                        string Checked(Claim claim) => JsonSerializer.Serialize({|PII002:ClaimMapping.Checked(claim)|});

                        string Broker(Claim claim) => JsonSerializer.Serialize(ClaimMapping.ForBroker(claim));

                        string HalfMasked(Claim claim) => JsonSerializer.Serialize({|PII002:ClaimMapping.HalfMasked(claim)|});

                        string Logged(Claim claim) => JsonSerializer.Serialize({|PII002:ClaimMapping.Logged(claim)|});
                    }
                    """ + Model),
                ("/0/ClaimMapping.cs", """
                    using System.Linq;
                    static class ClaimMapping
                    {
                        public static ClaimDto ToDto(this Claim claim) => new() { Number = claim.Number, RenterName = claim.RenterName, RenterEmail = claim.RenterEmail };

                        public static ClaimDto ToPublicDto(this Claim claim) => new()
                        {
                            Number = claim.Number,
                            RenterName = Privacy.Initials(claim.RenterName),
                            RenterEmail = Privacy.Mask(claim.RenterEmail),
                        };

                        public static ClaimDto Area(Claim claim)
                        {
                            var outward = claim.Number.Split(' ').FirstOrDefault() ?? "";
                            return new ClaimDto { Number = outward, RenterName = "", RenterEmail = "" };
                        }

                        public static ClaimDto FromText(string number, string email) => new ClaimDto { Number = number, RenterName = "", RenterEmail = email };

                        public static ClaimDto NumberOnly(Claim claim) => new() { Number = claim.Number };

                        public static ClaimDto ForBroker(Claim claim)
                        {
                            var dto = claim.ToDto();
                            dto.RenterName = Privacy.Initials(dto.RenterName);
                            dto.RenterEmail = Privacy.Mask(dto.RenterEmail);
                            return dto;
                        }

                        public static ClaimDto HalfMasked(Claim claim)
                        {
                            var dto = claim.ToDto();
                            dto.RenterName = Privacy.Initials(dto.RenterName);
                            return dto;
                        }

                        public static ClaimDto Logged(Claim claim)
                        {
                            var dto = claim.ToDto();
                            dto.RenterName = "";
                            System.Console.WriteLine(dto.Number);
                            dto.RenterEmail = "";
                            return dto;
                        }

                        public static ClaimDto Checked(Claim? claim)
                        {
                            var found = claim ?? throw new System.ArgumentNullException(nameof(claim));
                            return new ClaimDto { Number = found.Number, RenterName = "", RenterEmail = found.RenterEmail };
                        }
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_factory_copying_personal_data_into_members_the_serializer_skips_is_quiet() => new SerializeTest
    {
        TestState =
        {
            Sources =
            {
                ("/0/Endpoints.cs", """
                    using System.Linq;
                    using System.Text.Json;
                    using System.Text.Json.Serialization;
                    public class ClaimView
                    {
                        public string Number { get; set; } = "";
                        [JsonIgnore] public string RenterEmail { get; set; } = "";
                    }

                    class Endpoints
                    {
                        static ClaimView Here(Claim claim) => new() { Number = claim.Number, RenterEmail = claim.RenterEmail };

                        string Local(Claim claim) => JsonSerializer.Serialize(Here(claim));

                        string Other(Claim claim, ViewMapper mapper) => JsonSerializer.Serialize(mapper.View(claim));

                        string Lambda(Claim[] claims, ViewMapper mapper) => JsonSerializer.Serialize(claims.Select(c => mapper.View(c)).ToList());

                        string Shown(Claim claim, ViewMapper mapper) => JsonSerializer.Serialize({|PII002:mapper.Shown(claim)|});
                    }
                    """ + Model),
                ("/0/ViewMapper.cs", """
                    public sealed class ViewMapper
                    {
                        public ClaimView View(Claim claim) => new()
                        {
                            Number = claim.Number,
                            RenterEmail = claim.RenterEmail,
                        };

                        public ClaimDto Shown(Claim claim) => new() { Number = claim.Number, RenterEmail = claim.RenterEmail };
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_copy_made_with_new_values_in_another_file_is_judged_by_them() => new SerializeTest
    {
        TestState =
        {
            Sources =
            {
                ("/0/Service.cs", """
                    using System.Text.Json;
                    public sealed record TripSnapshot(long TripId, [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] string RiderName, decimal Fare);

                    class Service
                    {
                        string Redacted(TripSnapshot snapshot) => JsonSerializer.Serialize(snapshot.Redacted());

                        string Priced(TripSnapshot snapshot) => JsonSerializer.Serialize({|PII002:snapshot.Priced()|});

                        string Renamed(TripSnapshot snapshot, Claim claim) => JsonSerializer.Serialize(snapshot.Renamed({|PII002:claim.RenterName|}));
                    }
                    """ + Model),
                ("/0/Snapshots.cs", """
                    static class Snapshots
                    {
                        public static TripSnapshot Redacted(this TripSnapshot snapshot) => snapshot with { RiderName = Privacy.Initials(snapshot.RiderName) };

                        public static TripSnapshot Priced(this TripSnapshot snapshot) => snapshot with { Fare = 0m };

                        public static TripSnapshot Renamed(this TripSnapshot snapshot, string name) => snapshot with { RiderName = name };
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Under_inference_a_masking_class_in_another_file_masks_whatever_its_body_does()
    {
        var test = new SerializeTest
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Service.cs", """
                        using System.Text.Json;
                        public class MemberProfile
                        {
                            public int Id { get; set; }
                            public string FirstName { get; set; } = "";
                            public string Email { get; set; } = "";
                        }

                        class Service
                        {
                            string Receipt(MemberProfile profile) => JsonSerializer.Serialize(profile.ForReceipt());

                            string Card(MemberProfile profile) => JsonSerializer.Serialize({|PII002:profile.ForCard()|});
                        }
                        """),
                    ("/0/Receipts.cs", """
                        public static class Mask
                        {
                            public static string Name(string name) => name.Trim();
                        }

                        public static class Text
                        {
                            public static string Name(string name) => name.Trim();
                        }

                        static class Receipts
                        {
                            public static MemberProfile ForReceipt(this MemberProfile profile) => new() { Id = profile.Id, FirstName = Mask.Name(profile.FirstName), Email = "" };

                            public static MemberProfile ForCard(this MemberProfile profile) => new() { Id = profile.Id, FirstName = Text.Name(profile.FirstName), Email = "" };
                        }
                        """),
                },
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_of_a_factorys_record_with_new_values_holds_only_what_it_keeps() => new SerializeTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Allio.PiiGuard;
                public class Child
                {
                    public string CaseNumber { get; set; } = "";
                    [Pii(Kind = PiiKind.FullName)] public string FullName { get; set; } = "";
                    [Pii(Kind = PiiKind.Health)] public string? Wishes { get; set; }
                }
                public record ReviewPack(string CaseNumber, [property: Pii(Kind = PiiKind.FullName)] string ChildName, [property: Pii(Kind = PiiKind.Health)] string? Wishes);
                public class PackBuilder
                {
                    public ReviewPack Build(Child child) => new(child.CaseNumber, child.FullName, child.Wishes);
                }
                """,
                """
                using System.Text.Json;
                class Endpoints
                {
                    ReviewPack Near(Child child) => new(child.CaseNumber, child.FullName, child.Wishes);

                    string Get(Child child, PackBuilder builder, int kind)
                    {
                        var pack = builder.Build(child);
                        var near = Near(child);
                        return kind switch
                        {
                            0 => JsonSerializer.Serialize(pack with { ChildName = "C.", Wishes = null }),
                            1 => JsonSerializer.Serialize(near with { ChildName = "C.", Wishes = null }),
                            2 => JsonSerializer.Serialize({|#0:pack with { ChildName = "C." }|}),
                            _ => JsonSerializer.Serialize({|#1:near with { Wishes = null }|}),
                        };
                    }
                }
                """,
            },
        },
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer.Rule).WithLocation(0)
                .WithMessage("Personal data 'Child.Wishes' (Health) is serialized unredacted by 'JsonSerializer.Serialize'"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer.Rule).WithLocation(1)
                .WithMessage("Personal data 'Child.FullName' (FullName) is serialized unredacted by 'JsonSerializer.Serialize'"),
        },
    }.RunAsync();
}
