using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The message of a caught exception of a type of the compilation whose constructor writes personal data into it
/// (<c>: Exception($"… {niNumber}")</c>) carries that data wherever it is read; a type that keeps the data out of its
/// message (in a property or its <c>Data</c>) and the message of an exception caught as <c>Exception</c> do not.
/// </summary>
public sealed class ExceptionMessageReadTests
{
    [Fact]
    public Task A_message_built_from_personal_data_is_reported_where_it_is_read() => new LogTest
    {
        TestCode = """
            using System;
            using Microsoft.Extensions.Logging;
            public sealed class DuplicateClaimantException(string niNumber) : Exception($"A claim already exists for NI number {niNumber}");
            public sealed class RejectedException : Exception
            {
                public RejectedException(string email, Guid claimId) : base($"Claim {claimId} rejected") => Email = email;
                public string Email { get; }
            }
            public sealed class ContactException : Exception
            {
                public ContactException(Contact contact) : base($"Contact {contact.Id} failed") { }
            }
            public sealed class LookupException : Exception
            {
                public LookupException(string email) : base("Lookup failed") => Data["email"] = email;
            }
            public sealed class Contact
            {
                public Guid Id { get; set; }
                public string Phone { get; set; } = "";
            }
            class Claims
            {
                void Run(ILogger logger, Action act)
                {
                    try { act(); }
                    catch (DuplicateClaimantException ex) { logger.LogWarning("Duplicate: {Message}", {|PII001:ex.Message|}); }
                    catch (RejectedException ex) { logger.LogWarning("Rejected: {Message}", ex.Message); }
                    catch (ContactException ex) { logger.LogWarning("Failed: {Message}", ex.Message); }
                    catch (LookupException ex) { logger.LogWarning("Failed: {Message}", ex.Message); }
                    catch (Exception ex) { logger.LogWarning("Failed: {Message}", ex.Message); }
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();

    [Fact]
    public Task A_member_of_a_parameter_in_the_message_counts_when_it_is_personal() => new LogTest
    {
        TestCode = """
            using System;
            using Microsoft.Extensions.Logging;
            public sealed class Contact
            {
                public Guid Id { get; set; }
                public string Phone { get; set; } = "";
            }
            public sealed class UnreachableException(Contact contact) : Exception($"No answer on {contact.Phone}");
            class Dialler
            {
                void Run(ILogger logger, Action act)
                {
                    try { act(); }
                    catch (UnreachableException ex) { logger.LogWarning("{Message}", {|PII001:ex.Message|}); }
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();
}
