using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode takes a team's own masking helpers at their name: a method of the compilation named for masking,
/// redacting, anonymizing or hashing what it is given, returning text or bytes, ends the taint like <c>[PiiSanitizer]</c>.
/// Without inference only the mark counts.
/// </summary>
public sealed class InferenceSanitizerTests
{
    private const string GlobalOn = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    private const string User =
        """
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public class User
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }

        """;

    [Fact]
    public Task A_helper_named_for_masking_ends_the_taint() => Log(
        User +
        """
        public static class Masking
        {
            public static string MaskEmail(string email) => email.Length > 2 ? email.Substring(0, 2) + "***" : "***";
            public static string MaskPhone(string phone) => "***" + phone.Substring(phone.Length - 2);
            public static string Email(string email) => "***" + email.Substring(email.IndexOf('@'));
        }
        public static class Privacy
        {
            public static string Redact(string value) => new string('*', value.Length);
            public static string Anonymize(string value) => "anon";
            public static string PseudonymizeEmail(string value) => value.GetHashCode().ToString();
            public static string Obfuscate(this string value) => value.Substring(0, 1) + "...";
            public static string ObscureEmail(this string email) => email.ToUpperInvariant();
            public static string Last4(this string card) => card.ToUpperInvariant();
            public static string LastFourDigits(string card) => card.ToUpperInvariant();
            public static string HashSha256(string value) => value;
            public static string Sha256(string value) => value;
            public static string Initials(string fullName) => string.Concat(fullName.Split(' ').Select(p => p[0]));
            public static string GetInitials(User u) => u.Email.Substring(0, 1);
            public static byte[] ComputeHash(string value) => System.Text.Encoding.UTF8.GetBytes(value);
            public static string GetMaskedEmail(User u) => u.Email.Substring(0, 1) + "***";
            public static System.Threading.Tasks.Task<string> HashAsync(string value) => System.Threading.Tasks.Task.FromResult(value);
        }
        public class PiiMasker
        {
            public string ForPhone(string phone) => "***";
        }
        public static class Mask
        {
            public static string Phone(string phone) => "***" + phone.Substring(phone.Length - 2);
        }
        public static class StringExtensions
        {
            public static string Redacted(this string s) => s.Length < 3 ? "***" : s.Substring(0, 1) + "***";
            public static string MaskedEmail(this string email) => email[0] + "***" + email[email.IndexOf('@')..];
        }
        public static class NhsNumber
        {
            public static string MaskedDisplay(string value) => "*** *** " + value;
        }
        class C
        {
            async System.Threading.Tasks.Task Run(ILogger logger, User u, PiiMasker masker)
            {
                logger.LogInformation("Email {Email}", Masking.MaskEmail(u.Email));
                logger.LogInformation("Phone {Phone}", Masking.MaskPhone(u.PhoneNumber));
                logger.LogInformation("Email {Email}", Masking.Email(u.Email));
                logger.LogInformation("{Phone} {Email}", Mask.Phone(u.PhoneNumber), u.Email.Redacted());
                logger.LogInformation("{Email} {Phone}", u.Email.MaskedEmail(), NhsNumber.MaskedDisplay(u.PhoneNumber));
                logger.LogInformation("{A} {B} {C} {D}", Privacy.Redact(u.Email), Privacy.Anonymize(u.Email), Privacy.PseudonymizeEmail(u.Email), u.Email.Obfuscate());
                logger.LogInformation("{A} {B} {C}", u.Email.ObscureEmail(), u.PhoneNumber.Last4(), Privacy.LastFourDigits(u.PhoneNumber));
                logger.LogInformation("{A} {B} {C}", Privacy.HashSha256(u.Email), Privacy.Sha256(u.Email), Privacy.ComputeHash(u.Email));
                logger.LogInformation("{A} {B}", Privacy.GetMaskedEmail(u), await Privacy.HashAsync(u.Email));
                logger.LogInformation("{Phone}", masker.ForPhone(u.PhoneNumber));
                logger.LogInformation("{A} {B}", Privacy.Initials(u.Email), Privacy.GetInitials(u));
                logger.LogInformation("{Email}", {|PII001:u.Email|});
            }
        }
        """);

    [Fact]
    public Task Names_that_do_not_mask_keep_the_taint() => Log(
        User +
        """
        public class Contact
        {
            public string MaskedEmail => Email;
            public string Email { get; set; } = "";
        }
        public static class Text
        {
            public static string HashSetText(string value) => value;
            public static string HashCodeText(string value) => value;
            public static string Format(string value) => value.Trim();
            public static string Sanitize(string value) => value.Trim();
            public static string Encrypt(string value) => value;
            public static object Mask(object value) => value;
            public static string Masking(string value) => value;
        }
        public static class Masking
        {
            public static string Unmask(string value) => value;
            public static string Reveal(string value) => value;
            public static string Normalize(string value) => value.Trim().ToLowerInvariant();
            public static string FormatPhone(string value) => value;
        }
        class C
        {
            void Run(ILogger logger, User u, Contact c)
            {
                logger.LogInformation("{A} {B}", Text.HashSetText({|PII001:u.Email|}), Text.HashCodeText({|PII001:u.Email|}));
                logger.LogInformation("{A} {B} {C}", Text.Format({|PII001:u.Email|}), Text.Sanitize({|PII001:u.Email|}), Text.Encrypt({|PII001:u.Email|}));
                logger.LogInformation("{A} {B}", Text.Mask({|PII001:u.Email|}), Text.Masking({|PII001:u.Email|}));
                logger.LogInformation("{A} {B}", Masking.Unmask({|PII001:u.Email|}), Masking.Reveal({|PII001:u.Email|}));
                logger.LogInformation("{A} {B}", Masking.Normalize({|PII001:u.Email|}), Masking.FormatPhone({|PII001:u.Email|}));
                logger.LogInformation("{A}", {|PII001:c.MaskedEmail|});
            }
        }
        """);

    [Fact]
    public Task Without_inference_only_a_mark_makes_a_sanitizer() => new LogTest
    {
        TestCode =
            """
            using Allio.PiiGuard;
            using Microsoft.Extensions.Logging;
            public class User
            {
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";
            }
            public static class Masking
            {
                public static string MaskEmail(string email) => email.Substring(0, email.IndexOf('@')) + "@***";
                [PiiSanitizer]
                public static string Hide(string email) => "***";
            }
            class C
            {
                void Run(ILogger logger, User u)
                {
                    logger.LogInformation("{Email}", Masking.MaskEmail({|PII001:u.Email|}));
                    logger.LogInformation("{Email}", Masking.Hide(u.Email));
                }
            }
            """,
    }.RunAsync();

    private static Task Log(string source)
    {
        var test = new LogTest { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        return test.RunAsync();
    }
}
