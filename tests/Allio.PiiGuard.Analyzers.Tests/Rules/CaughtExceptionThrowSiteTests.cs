using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// An exception caught around a call carries in its message what the called method put there where it threw it
/// (<c>throw new MismatchException($"… {carer.Surname}")</c> in a service, <c>catch (MismatchException ex)</c> in an
/// endpoint): its <c>Message</c> and the exception logged whole (<c>LogWarning(ex, …)</c>) are reported; throws of other
/// types, throws of methods the <c>try</c> does not call, and what the exception holds besides its message are not.
/// </summary>
public sealed class CaughtExceptionThrowSiteTests
{
    private const string Inference = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    private const string Service = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        public sealed class Carer
        {
            public Guid Id { get; set; }
            public string Surname { get; set; } = "";
            public string Team { get; set; } = "";
        }
        public sealed class MismatchException : Exception
        {
            public MismatchException(string message) : base(message) { }
        }
        public sealed class QuietException(string message) : Exception(message);
        public interface IChecks { void Recheck(Guid id); }
        public sealed class Checks : IChecks
        {
            private readonly List<Carer> _carers = new();

            public void Recheck(Guid id)
            {
                var carer = _carers.Where(c => c.Team != "").First(c => c.Id == id);
                if (carer.Team == "") throw new QuietException($"Carer {carer.Id} has no team");
                throw new MismatchException($"No certificate matches {carer.Surname}");
            }

            public void Unrelated(Carer carer) => throw new MismatchException($"Unrelated {carer.Surname}");

            public void Quiet(Carer carer) => throw new QuietException($"Carer {carer.Id} failed");
        }
        """;

    [Fact]
    public Task The_message_of_an_exception_thrown_in_a_called_method_is_reported_where_the_catch_logs_it() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                Service,
                """
                using System;
                using Microsoft.Extensions.Logging;
                public sealed class Endpoint(ILogger<Endpoint> logger, IChecks checks, Checks concrete)
                {
                    public void Recheck(Guid id)
                    {
                        try { checks.Recheck(id); }
                        catch (MismatchException ex) { logger.LogWarning("Mismatch: {Message}", {|PII001:ex.Message|}); }
                        catch (QuietException ex) { logger.LogWarning("Quiet: {Message}", ex.Message); }
                    }

                    public void Whole(Guid id)
                    {
                        try { checks.Recheck(id); }
                        catch (MismatchException ex) { logger.LogWarning({|PII001:ex|}, "Recheck of {Id} failed", id); }
                    }

                    public void Caught_as_a_base(Guid id)
                    {
                        try { checks.Recheck(id); }
                        catch (Exception ex) { logger.LogError({|PII001:ex|}, "Recheck of {Id} failed", id); }
                    }

                    public void Besides_the_message(Guid id)
                    {
                        try { checks.Recheck(id); }
                        catch (MismatchException ex) { logger.LogWarning("{Type} at {Trace}", ex.GetType().Name, ex.StackTrace); }
                    }

                    public void Other_types_and_other_calls(Carer carer)
                    {
                        try { concrete.Quiet(carer); }
                        catch (Exception ex) { logger.LogWarning(ex, "Quiet"); }
                        try { concrete.Quiet(carer); }
                        catch (MismatchException ex) { logger.LogWarning(ex, "Never thrown here"); }
                        try { Console.WriteLine(carer.Id); }
                        catch (MismatchException ex) { logger.LogWarning(ex, "Unrelated is not called"); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
    }.RunAsync();

    [Fact]
    public Task A_marked_member_in_the_throw_counts_without_inference() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                using Allio.PiiGuard;
                public sealed class Applicant
                {
                    public Guid Id { get; set; }
                    [Pii(Kind = PiiKind.PostalAddress)] public string Postcode { get; set; } = "";
                    public string Postal { get; set; } = "";
                }
                public sealed class DeclinedException(string message) : Exception(message);
                public sealed class CreditChecks
                {
                    public void Run(Applicant applicant)
                    {
                        if (applicant.Id == Guid.Empty) throw new DeclinedException($"Declined at {applicant.Postcode}");
                    }

                    public void Unmarked(Applicant applicant) => throw new DeclinedException($"Declined at {applicant.Postal}");
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                public sealed class Cases(ILogger<Cases> logger, CreditChecks checks)
                {
                    public void Check(Applicant applicant)
                    {
                        try { checks.Run(applicant); }
                        catch (DeclinedException ex) { logger.LogWarning({|PII001:ex|}, "Declined"); }
                        try { checks.Unmarked(applicant); }
                        catch (DeclinedException ex) { logger.LogWarning(ex, "Declined"); }
                    }
                }
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_throw_reads_locals_given_what_a_named_method_returns_and_members_of_them() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                using System.Linq;
                using System.Threading.Tasks;
                public sealed class Patient { public int Id { get; set; } public string FirstName { get; set; } = ""; public int Visits { get; set; } }
                public sealed class Visit { public int Id { get; set; } public Patient Patient { get; set; } = new(); }
                public sealed class PatientStore
                {
                    public Task<Patient> FindAsync(int id) => Task.FromResult(new Patient { Id = id });
                    public System.Collections.Generic.List<Visit> Visits { get; } = new();
                }
                public abstract class ClinicServiceBase
                {
                    protected Task<Patient> LoadPatientAsync(int id) => Task.FromResult(new Patient { Id = id });
                    protected T Load<T>() where T : new() => new T();
                }
                public sealed class NotEligibleException(string message) : Exception(message);
                public sealed class Vouchers(PatientStore store) : ClinicServiceBase
                {
                    public async Task ClaimAsync(int id)
                    {
                        var patient = await LoadPatientAsync(id);
                        if (patient.Visits == 0) throw new NotEligibleException($"{patient.FirstName} is not eligible");
                    }

                    public async Task RenewAsync(int id)
                    {
                        var patient = await store.FindAsync(id);
                        if (patient.Visits == 0) throw new NotEligibleException($"{patient.FirstName} cannot renew");
                    }

                    public void Rebook(int id)
                    {
                        var visit = store.Visits.Single(v => v.Id == id);
                        if (visit.Patient.Visits == 0) throw new NotEligibleException($"{visit.Patient.FirstName} has no visit");
                    }

                    public void Recall(int id)
                    {
                        var visit = store.Visits.Single(v => v.Id == id);
                        var patient = visit.Patient!;
                        if (patient.Visits == 0) throw new NotEligibleException($"{patient.FirstName} is not due");
                    }

                    public void Count()
                    {
                        var patient = Load<Patient>();
                        if (patient.Visits == 0) throw new NotEligibleException($"No visits for {patient.Id}");
                    }
                }
                """,
                """
                using System.Threading.Tasks;
                using Microsoft.Extensions.Logging;
                public sealed class Endpoint(ILogger<Endpoint> logger, Vouchers vouchers)
                {
                    public async Task Claim(int id)
                    {
                        try { await vouchers.ClaimAsync(id); }
                        catch (NotEligibleException ex) { logger.LogWarning("Refused: {Reason}", {|#0:ex.Message|}); }
                        try { await vouchers.RenewAsync(id); }
                        catch (NotEligibleException ex) { logger.LogWarning("Refused: {Reason}", {|#1:ex.Message|}); }
                        try { vouchers.Rebook(id); }
                        catch (NotEligibleException ex) { logger.LogWarning("Refused: {Reason}", {|#2:ex.Message|}); }
                        try { vouchers.Recall(id); }
                        catch (NotEligibleException ex) { logger.LogWarning("Refused: {Reason}", {|#3:ex.Message|}); }
                        try { vouchers.Count(); }
                        catch (NotEligibleException ex) { logger.LogWarning("Refused: {Reason}", ex.Message); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                    .WithMessage("'Patient.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(1)
                    .WithMessage("'Patient.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(2)
                    .WithMessage("'Patient.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(3)
                    .WithMessage("'Patient.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_filter_on_the_messages_start_catches_only_the_throws_that_can_start_so() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                public sealed class Pupil { public int Id { get; set; } public string FirstName { get; set; } = ""; }
                public sealed class IncidentException(string message) : Exception(message);
                public sealed class Incidents
                {
                    public void Report(Pupil? pupil, int pupilId)
                    {
                        if (pupil is null) throw new IncidentException($"No pupil {pupilId} on the slope");
                        throw new IncidentException($"Injury details missing for {pupil.FirstName}");
                    }
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                public sealed class Endpoint(ILogger<Endpoint> logger, Incidents incidents)
                {
                    public void Report(Pupil? pupil, int id)
                    {
                        try { incidents.Report(pupil, id); }
                        catch (IncidentException ex) when (ex.Message.StartsWith("No pupil")) { logger.LogWarning("Rejected: {Reason}", ex.Message); }
                        catch (IncidentException ex) { logger.LogError("Failed: {Reason}", {|#0:ex.Message|}); }
                        try { incidents.Report(pupil, id); }
                        catch (IncidentException ex) when (ex.Message.StartsWith("Injury")) { logger.LogWarning("Rejected: {Reason}", {|#1:ex.Message|}); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                    .WithMessage("'Pupil.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogError' unredacted"),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(1)
                    .WithMessage("'Pupil.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogWarning' unredacted"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_throw_reads_locals_deconstructed_from_a_tuple_literal() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                public class Learner { public int Id { get; set; } public string FullName { get; set; } = ""; public string Team { get; set; } = ""; }
                public class Bookings
                {
                    public void CheckLicence(Learner learner)
                    {
                        var (name, id) = (learner.FullName, learner.Id);
                        throw new System.InvalidOperationException($"Licence held by {name} has expired");
                    }

                    public void CheckTeam(Learner learner)
                    {
                        (var team, var id) = (learner.Team, learner.Id);
                        throw new System.InvalidOperationException($"Team {team} of {id} is closed");
                    }
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                class Job
                {
                    void Run(ILogger<Job> logger, Bookings bookings, Learner learner)
                    {
                        try { bookings.CheckLicence(learner); }
                        catch (System.InvalidOperationException ex) { logger.LogError({|#0:ex|}, "Licence check failed for {LearnerId}", learner.Id); }
                        try { bookings.CheckTeam(learner); }
                        catch (System.InvalidOperationException ex) { logger.LogError(ex, "Team check failed for {LearnerId}", learner.Id); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                .WithMessage("'Learner.FullName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogError' unredacted"),
        },
    }.RunAsync();

    [Fact]
    public Task A_throw_reads_a_member_of_a_local_behind_a_null_test_and_an_object_it_prints() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                public class AccessCard { public int Id { get; set; } public string HolderName { get; set; } = ""; }
                public class Employee
                {
                    public string FullName { get; set; } = "";
                    public string EmployeeNumber { get; set; } = "";
                    public override string ToString() => $"{FullName} ({EmployeeNumber})";
                }
                public class Claim { public Employee? Employee { get; set; } }
                public class Team
                {
                    public string Code { get; set; } = "";
                    public override string ToString() => Code;
                }
                public interface ICards { System.Threading.Tasks.Task<AccessCard?> FindAsync(string uid); }
                public class Checks(ICards cards)
                {
                    public async System.Threading.Tasks.Task CheckInAsync(string uid)
                    {
                        var card = await cards.FindAsync(uid);
                        var holder = card?.HolderName ?? "unknown holder";
                        throw new System.InvalidOperationException($"Card for {holder} is not active");
                    }

                    public void Submit(Claim claim)
                    {
                        var employee = claim.Employee!;
                        throw new System.ArgumentException($"Claim by {employee} is over the limit");
                    }

                    public void Move(Team team) => throw new System.FormatException($"Team {team} is closed");
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                class Endpoints
                {
                    async System.Threading.Tasks.Task Run(ILogger<Endpoints> log, Checks checks, Claim employee, Team team)
                    {
                        try { await checks.CheckInAsync("x"); }
                        catch (System.InvalidOperationException ex) { log.LogWarning("Rejected {Reason}", {|#0:ex.Message|}); }
                        try { checks.Submit(employee); }
                        catch (System.ArgumentException ex) { log.LogWarning("Submit failed {Reason}", {|#1:ex.Message|}); }
                        try { checks.Move(team); }
                        catch (System.FormatException ex) { log.LogWarning("Move failed {Reason}", ex.Message); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                .WithMessage("'AccessCard.HolderName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogWarning' unredacted"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(1)
                .WithMessage("'Employee.FullName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogWarning' unredacted"),
        },
    }.RunAsync();

    [Fact]
    public Task A_throw_reads_what_the_compilation_stores_into_an_unmarked_member() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                public class Applicant { public string FirstName { get; set; } = ""; public string School { get; set; } = ""; }
                public class OfferLetter
                {
                    public OfferLetter(Applicant applicant)
                    {
                        ChildName = applicant.FirstName;
                        SchoolName = applicant.School;
                    }

                    public string ChildName { get; }
                    public string SchoolName { get; }
                }
                public class Offers
                {
                    public void Offer(Applicant applicant)
                    {
                        var letter = new OfferLetter(applicant);
                        if (applicant.School == "") throw new System.InvalidOperationException($"No school named for {letter.SchoolName}");
                        throw new System.ArgumentException($"{letter.ChildName} already holds an offer");
                    }
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                class Job
                {
                    void Run(ILogger<Job> log, Offers offers, Applicant applicant)
                    {
                        try { offers.Offer(applicant); }
                        catch (System.ArgumentException ex) { log.LogError({|#0:ex|}, "Offer skipped"); }
                        try { offers.Offer(applicant); }
                        catch (System.InvalidOperationException ex) { log.LogError(ex, "Offer skipped"); }
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                .WithMessage("'Applicant.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogError' unredacted"),
        },
    }.RunAsync();

    [Fact]
    public Task Members_stored_from_each_other_are_read_once_round() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                public class Card
                {
                    public string Label { get; set; } = "";
                    public void Copy(Badge badge) => Label = badge.Title + badge.Owner.FirstName;
                }
                public class Badge
                {
                    public string Title { get; set; } = "";
                    public Holder Owner { get; set; } = new();
                    public void Copy(Card card) => Title = card.Label;
                }
                public class Holder { public string FirstName { get; set; } = ""; }
                public class Checks
                {
                    public void Check(Card card)
                    {
                        var badge = new Badge();
                        throw new System.InvalidOperationException($"Badge {badge.Title} of {card.Label} is void");
                    }
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                class Job
                {
                    void Run(ILogger<Job> log, Checks checks, Card card, Badge badge)
                    {
                        try { checks.Check(card); }
                        catch (System.InvalidOperationException ex) { log.LogError({|#0:ex|}, "Check failed"); }
                        log.LogInformation("{Title}", {|#1:badge.Title|});
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", Inference) },
        },
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
                .WithMessage("'Holder.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogError' unredacted"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(1)
                .WithMessage("'Holder.FirstName' looks like personal data by its name (FirstName) and reaches log sink 'ILogger.LogInformation' unredacted"),
        },
    }.RunAsync();
}
