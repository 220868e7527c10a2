using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using SerializeTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Values the engine judges by what they were given rather than by their type: an anonymous object's member holds what
/// its initializer assigns (a projection of hashed copies), a <c>with</c> copy of a construction keeps only what the copy
/// does not overwrite, a validator's verdict repeats the value only where a message is built from it, a helper in
/// another file that asks a library for a number (<c>ExecuteScalarAsync&lt;long&gt;</c>) returns a number, a delegate of
/// another file returns what its lambda reads, and a tuple parameter used whole holds its named elements.
/// </summary>
public sealed class CopiesAndVerdictsTests
{
    private const string Inference = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    [Fact]
    public Task An_anonymous_objects_member_holds_what_its_initializer_assigns() => new SerializeTest
    {
        TestCode = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text.Json;
            public record BackerContact(Guid BackerId, string Username, string Email);
            public static class Hashing
            {
                public static string Sha256Hex(string value) => value.GetHashCode().ToString("x");
                public static string ShortHash(string value) => Sha256Hex(value)[..12];
            }
            class Export
            {
                string Hashed(List<BackerContact> contacts, Guid campaignId)
                {
                    var analytics = contacts.Select(c => c with { Username = Hashing.ShortHash(c.Username), Email = Hashing.Sha256Hex(c.Email) });
                    return JsonSerializer.Serialize(new { campaignId, Backers = analytics });
                }

                string Raw(List<BackerContact> contacts, Guid campaignId) => JsonSerializer.Serialize(new { campaignId, Backers = {|PII002:contacts|} });

                string Named(BackerContact contact) => JsonSerializer.Serialize(new { contact.BackerId, Who = {|PII002:contact.Email|} });
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();

    [Fact]
    public Task A_copy_of_a_construction_keeps_only_what_it_does_not_overwrite() => new SerializeTest
    {
        TestCode = """
            using System;
            using System.Text.Json;
            public record ShiftClosed(Guid CourierId, string Depot)
            {
                public string Driver { get; init; } = "";
                public string Vehicle { get; init; } = "";
            }
            public class Courier
            {
                public Guid Id { get; set; }
                public string Depot { get; set; } = "";
                public string FullName { get; set; } = "";
                public string Email { get; set; } = "";
            }
            class Shifts
            {
                string Close(Courier courier)
                {
                    var closed = new ShiftClosed(courier.Id, courier.Depot) { Driver = courier.FullName, Vehicle = courier.Email };
                    var anonymous = closed with { Driver = "", Vehicle = "" };
                    var half = closed with { Driver = "" };
                    return JsonSerializer.Serialize({|PII002:closed|}) + JsonSerializer.Serialize(anonymous) + JsonSerializer.Serialize({|PII002:half|});
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();

    private const string FluentValidation = """
        using System;
        using System.Collections.Generic;
        using System.Linq.Expressions;
        using System.Threading.Tasks;
        namespace FluentValidation.Results
        {
            public class ValidationFailure
            {
                public string PropertyName { get; set; } = "";
                public string ErrorCode { get; set; } = "";
                public string ErrorMessage { get; set; } = "";
            }
            public class ValidationResult
            {
                public bool IsValid => true;
                public List<ValidationFailure> Errors { get; } = new();
                public IDictionary<string, string[]> ToDictionary() => new Dictionary<string, string[]>();
            }
        }
        namespace FluentValidation
        {
            public interface IValidator<T> { Task<Results.ValidationResult> ValidateAsync(T instance, System.Threading.CancellationToken cancellation = default); }
            public interface IRuleBuilder<T, TProperty>
            {
                IRuleBuilder<T, TProperty> NotEmpty();
                IRuleBuilder<T, TProperty> WithMessage(string message);
                IRuleBuilder<T, TProperty> WithMessage(Func<T, string> message);
            }
            public abstract class AbstractValidator<T> : IValidator<T>
            {
                protected IRuleBuilder<T, TProperty> RuleFor<TProperty>(Expression<Func<T, TProperty>> expression) => null!;
                public Task<Results.ValidationResult> ValidateAsync(T instance, System.Threading.CancellationToken cancellation = default) => Task.FromResult(new Results.ValidationResult());
            }
        }
        """;

    private static readonly Lazy<MetadataReference> FluentValidationReference = new(() => TestReferences.Library(FluentValidation, "FluentValidationStub"));

    [Fact]
    public Task A_verdict_repeats_the_value_only_where_a_validators_message_is_built_from_it()
    {
        var test = new LogTest
        {
            TestCode = """
                using System.Threading.Tasks;
                using FluentValidation;
                using Microsoft.Extensions.Logging;
                public sealed class RsvpRequest
                {
                    public string FullName { get; set; } = "";
                    public string Email { get; set; } = "";
                }
                public sealed class SignupRequest
                {
                    public string Mobile { get; set; } = "";
                }
                public sealed class RsvpValidator : AbstractValidator<RsvpRequest>
                {
                    public RsvpValidator() => RuleFor(x => x.Email).NotEmpty().WithMessage("An e-mail is required");
                }
                public sealed class SignupValidator : AbstractValidator<SignupRequest>
                {
                    public SignupValidator() => RuleFor(x => x.Mobile).NotEmpty().WithMessage(x => $"{x.Mobile} is not a valid mobile number");
                }
                class Endpoints
                {
                    async Task Rsvp(RsvpRequest request, IValidator<RsvpRequest> validator, ILogger logger)
                    {
                        var validation = await validator.ValidateAsync(request);
                        logger.LogWarning("Invalid: {Errors}", validation.ToDictionary());
                    }

                    async Task Signup(SignupRequest request, IValidator<SignupRequest> validator, ILogger logger)
                    {
                        var validation = await validator.ValidateAsync(request);
                        logger.LogWarning("Invalid: {Errors}", {|PII001:validation|}.ToDictionary());
                        logger.LogWarning("Invalid: {Errors}", System.Linq.Enumerable.Select({|PII001:validation.Errors|}, e => e.ErrorMessage));
                        logger.LogWarning("Invalid: {Errors}", System.Linq.Enumerable.Select(validation.Errors, e => new { e.PropertyName, e.ErrorCode }));
                    }
                }
                """,
            TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
        };
        test.TestState.AdditionalReferences.Add(FluentValidationReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_helper_in_another_file_that_asks_a_library_for_a_number_returns_a_number() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System.Threading.Tasks;
                public interface IDb
                {
                    Task<T> ExecuteScalarAsync<T>(string sql, object args);
                }
                public sealed class Bookings(IDb db)
                {
                    public async Task<long> InsertAsync(string prisonerNumber) =>
                        await db.ExecuteScalarAsync<long>("insert into bookings values (@prisonerNumber) returning id", new { prisonerNumber });

                    public async Task<string> EchoAsync(string prisonerNumber) =>
                        await db.ExecuteScalarAsync<string>("select @prisonerNumber", new { prisonerNumber });
                }
                """,
                """
                using System.Threading.Tasks;
                using Microsoft.Extensions.Logging;
                public sealed class Visits(Bookings bookings, ILogger<Visits> logger)
                {
                    public async Task Book(string prisonerNumber)
                    {
                        var id = await bookings.InsertAsync(prisonerNumber);
                        logger.LogInformation("Booked {Id}", id);
                        var echoed = await bookings.EchoAsync(prisonerNumber);
                        logger.LogInformation("Echoed {Echo}", {|PII001:echoed|});
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
    }.RunAsync();

    [Fact]
    public Task A_delegate_of_another_file_returns_what_its_lambda_reads_of_its_arguments() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                public sealed class Patient
                {
                    public Guid Id { get; set; }
                    public string Forename { get; set; } = "";
                    public string Surname { get; set; } = "";
                }
                public static class PatientMapper
                {
                    public static readonly Func<Patient, string> Label = p => $"{p.Forename} {p.Surname}";
                    public static readonly Func<Patient, string> SafeLabel = p => $"patient:{p.Id:N}";
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                public sealed class Registration(ILogger<Registration> logger)
                {
                    public void Register(string forename, string surname)
                    {
                        var patient = new Patient { Forename = forename, Surname = surname };
                        logger.LogInformation("Registered {Label}", PatientMapper.SafeLabel(patient));
                        logger.LogDebug("Registered {Label}", {|PII001:PatientMapper.Label(patient)|});
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
    }.RunAsync();

    [Fact]
    public Task A_tuple_parameter_used_whole_holds_its_named_elements() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            class DamageReports
            {
                void Report(ILogger logger, (string Name, string Phone, string Insurer)? thirdParty, (int Count, string Status) tally)
                {
                    if (thirdParty is { } tp)
                    {
                        logger.LogInformation("Third party {ThirdParty}", {|PII001:tp|});
                        logger.LogInformation("Insured by {Insurer}", tp.Insurer);
                        logger.LogInformation("Call {Phone}", {|PII001:tp|}.Phone);
                    }

                    logger.LogInformation("Tally {Tally}", tally);
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();

    [Fact]
    public Task A_member_of_an_element_deconstructed_from_a_call_holds_only_what_is_traced_to_it() => new SerializeTest
    {
        TestCode = """
            using System;
            using System.Threading.Tasks;
            public record BookingRequest(int RoomId, string LeaderName, string LeaderEmail);
            public class Booking { public Guid Id { get; set; } = Guid.NewGuid(); public int RoomId { get; set; } public string Leader { get; set; } = ""; }
            public class Room { public int Id { get; set; } }
            public class BookingService
            {
                public async Task<(Booking Booking, Room Room)> CreateAsync(BookingRequest request)
                {
                    await Task.Yield();
                    var booking = new Booking { RoomId = request.RoomId, Leader = request.LeaderName };
                    return (booking, new Room { Id = request.RoomId });
                }
            }
            class Endpoints
            {
                async Task<string> Post(BookingRequest request, BookingService service)
                {
                    var (booking, room) = await service.CreateAsync(request);
                    return System.Text.Json.JsonSerializer.Serialize(new { booking.Id, RoomId = room.Id });
                }

                async Task<string> Echo(BookingRequest request, BookingService service)
                {
                    var (booking, _) = await service.CreateAsync(request);
                    return System.Text.Json.JsonSerializer.Serialize({|#0:booking|});
                }
            }
            """,
        ExpectedDiagnostics =
        {
            new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(0)
                .WithMessage("'BookingRequest.LeaderName' looks like personal data by its name (FullName) and is serialized unredacted by 'JsonSerializer.Serialize'"),
        },
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
    }.RunAsync();

    [Fact]
    public Task A_verdicts_failures_serialized_whole_carry_the_values_that_failed()
    {
        var test = new SerializeTest
        {
            TestCode = """
                using System.Threading.Tasks;
                using FluentValidation;
                public sealed class RsvpRequest
                {
                    public string FullName { get; set; } = "";
                    public string Email { get; set; } = "";
                    public int Guests { get; set; }
                }
                public sealed class RsvpValidator : AbstractValidator<RsvpRequest>
                {
                    public RsvpValidator() => RuleFor(x => x.Email).NotEmpty().WithMessage("An e-mail is required");
                }
                class Endpoints
                {
                    async Task<string> Rsvp(RsvpRequest request, IValidator<RsvpRequest> validator)
                    {
                        var validation = await validator.ValidateAsync(request);
                        return System.Text.Json.JsonSerializer.Serialize(validation.ToDictionary());
                    }

                    async Task<string> RsvpErrors(RsvpRequest request, IValidator<RsvpRequest> validator)
                    {
                        var validation = await validator.ValidateAsync(request);
                        return System.Text.Json.JsonSerializer.Serialize({|#0:validation.Errors|});
                    }
                }
                """,
            TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
            ExpectedDiagnostics =
            {
                new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(0)
                    .WithMessage("'RsvpRequest.Email' looks like personal data by its name (Email) and is serialized unredacted by 'JsonSerializer.Serialize'"),
            },
        };
        test.TestState.AdditionalReferences.Add(FluentValidationReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_through_a_local_delegate_is_what_its_lambda_returns_of_the_arguments() => new LogTest
    {
        TestCode = """
            using System;
            using Microsoft.Extensions.Logging;
            public class Customer
            {
                public string CustomerNumber { get; set; } = "";
                public string FullName { get; set; } = "";
                public override string ToString() => $"{CustomerNumber} {FullName}";
            }
            class Letters
            {
                void Run(ILogger logger, Customer customer)
                {
                    Func<Customer, string> reference = c => c.CustomerNumber;
                    Func<Customer, string> display = c => $"{c.FullName}";
                    Func<Customer, string> whole = c => $"{c}";
                    logger.LogWarning("Letter for {Borrower}", reference(customer));
                    logger.LogWarning("Letter for {Borrower}", {|#0:display(customer)|});
                    logger.LogWarning("Letter for {Borrower}", {|#1:whole(customer)|});
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", Inference) } },
        ExpectedDiagnostics =
        {
            new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
                .WithMessage("'Customer.FullName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogWarning' unredacted"),
            new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
                .WithMessage("'Customer.FullName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogWarning' unredacted"),
        },
    }.RunAsync();
}
