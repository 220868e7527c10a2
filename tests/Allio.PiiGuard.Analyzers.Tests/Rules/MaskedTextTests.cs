using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Text a regular expression replaces with a mask (<c>Regex.Replace(email, pattern, "***")</c>) is masked, in the method
/// and in a helper of another file; a replacement that writes other text (<c>"$1"</c>, a space) carries the value on.
/// </summary>
public sealed class MaskedTextTests
{
    [Fact]
    public Task A_value_whose_pattern_is_replaced_by_a_mask_is_masked() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System.Text.RegularExpressions;
                using Microsoft.Extensions.Logging;
                class Contacts
                {
                    void Show(ILogger log, Parent parent)
                    {
                        var contact = parent.Email;
                        contact = Regex.Replace(contact, @"(?<=^.)[^@]*(?=@)", "***");
                        log.LogInformation("Contact {Contact}", contact);
                        log.LogInformation("Masked {Contact}", Masking.Hide(parent.Email));
                        log.LogInformation("Redacted {Phone}", new Regex(@"\d").Replace(parent.Phone, "[redacted]"));
                        log.LogInformation("Spaced {Phone}", Regex.Replace({|PII001:parent.Phone|}, @"\s+", " "));
                        log.LogInformation("Kept {Contact}", Masking.Keep({|PII001:parent.Email|}));
                    }
                }
                """,
                """
                using System.Text.RegularExpressions;
                static class Masking
                {
                    public static string Hide(string email) => Regex.Replace(email, "(?<=.).(?=.*@)", "*");
                    public static string Keep(string email) => Regex.Replace(email, "^(.*)$", "$1");
                }

                public class Parent
                {
                    [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";
                    [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Phone { get; set; } = "";
                }
                """,
            },
        },
    }.RunAsync();
}
