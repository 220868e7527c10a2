using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Testing;

namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>
/// Logs through real <c>[LoggerMessage]</c> methods with <c>EnableRedaction()</c> and <c>AddPiiGuard()</c>, and checks
/// what a log provider receives: the formatted message and every structured state value.
/// </summary>
public sealed class LoggerMessageRedactionTests
{
    private const string Email = "anna.petrova@example.com";
    private const string Phone = "+7 921 555 12 37";
    private const string FullName = "Anna Petrova";

    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Email_is_masked_to_first_letter_and_domain()
    {
        using var host = RedactingLogHost.Create();

        PiiLog.ContactSignedUp(host.Logger, Email);

        AssertRedacted(host.LatestRecord, "contact", Email, "a***@example.com");
    }

    [Fact]
    public void Phone_is_masked_to_country_code_and_last_two_digits()
    {
        using var host = RedactingLogHost.Create();

        PiiLog.ContactSignedUp(host.Logger, Phone);

        AssertRedacted(host.LatestRecord, "contact", Phone, "+7 *** *** ** 37");
    }

    [Fact]
    public void Other_personal_data_is_erased_without_a_key()
    {
        using var host = RedactingLogHost.Create();

        PiiLog.ContactSignedUp(host.Logger, FullName);

        AssertRedacted(host.LatestRecord, "contact", FullName, string.Empty);
    }

    [Fact]
    public void Other_personal_data_is_hashed_with_the_key_and_prefixed_with_its_id()
    {
        using var host = RedactingLogHost.Create(o =>
        {
            o.HmacKey = Key;
            o.HmacKeyId = 3;
        });

        PiiLog.ContactSignedUp(host.Logger, FullName);

        // EnableRedaction appends the tag name (its discriminator) before the redactor runs.
        AssertRedacted(host.LatestRecord, "contact", FullName, ExpectedHash(FullName + ":contact", 3));
    }

    [Fact]
    public void Without_the_discriminator_the_hash_is_of_the_value_alone()
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key, redaction => redaction.ApplyDiscriminator = false);

        PiiLog.ContactSignedUp(host.Logger, FullName);
        PiiLog.ContactSignedUp(host.Logger, Email);

        AssertRedacted(host.Collector.GetSnapshot()[0], "contact", FullName, ExpectedHash(FullName, 0));
        AssertRedacted(host.LatestRecord, "contact", Email, "a***@example.com");
    }

    [Fact]
    public void Hashes_of_one_value_differ_between_fields_so_fields_cannot_be_joined()
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key);

        PiiLog.ContactSignedUp(host.Logger, FullName);
        PiiLog.CallbackRequested(host.Logger, FullName);

        var records = host.Collector.GetSnapshot();
        Assert.NotEqual(records[0].GetStructuredStateValue("contact"), records[1].GetStructuredStateValue("phone"));
    }

    [Fact]
    public void Hashes_are_stable_so_records_about_one_subject_correlate()
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key);

        PiiLog.ContactSignedUp(host.Logger, FullName);
        PiiLog.ContactSignedUp(host.Logger, FullName);
        PiiLog.ContactSignedUp(host.Logger, "Ivan Sidorov");

        var hashes = host.Collector.GetSnapshot().Select(r => r.GetStructuredStateValue("contact")).ToArray();
        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
    }

    [Fact]
    public void A_formattable_parameter_is_redacted_by_its_formatted_shape()
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key);

        PiiLog.ApplicantScored(host.Logger, 4_815_162_342L, 17);

        // Ten digits and no punctuation look like a phone number, so the number is masked rather than hashed.
        AssertRedacted(host.LatestRecord, "applicantId", "4815162342", "********42");
        Assert.Equal("17", host.LatestRecord.GetStructuredStateValue("score"));
    }

    [Fact]
    public void Kind_does_not_reach_the_redactor_so_the_shape_decides()
    {
        using var host = RedactingLogHost.Create();

        PiiLog.CallbackRequested(host.Logger, Email);

        AssertRedacted(host.LatestRecord, "phone", Email, "a***@example.com");
    }

    [Theory]
    [InlineData(Email)]
    [InlineData("HIV positive")]
    public void Sensitive_data_is_erased_even_with_a_key(string diagnosis)
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key);

        PiiLog.DiagnosisRecorded(host.Logger, diagnosis);

        AssertRedacted(host.LatestRecord, "diagnosis", diagnosis, string.Empty);
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")]
    public void Biometric_data_is_erased_even_with_a_key(string template)
    {
        using var host = RedactingLogHost.Create(o => o.HmacKey = Key);

        PiiLog.FaceEnrolled(host.Logger, template);

        AssertRedacted(host.LatestRecord, "template", template, string.Empty);
    }

    private static void AssertRedacted(FakeLogRecord record, string parameter, string raw, string expected)
    {
        Assert.Equal(expected, record.GetStructuredStateValue(parameter));
        Assert.DoesNotContain(raw, record.Message, StringComparison.Ordinal);
        Assert.Contains(expected, record.Message, StringComparison.Ordinal);
        Assert.NotNull(record.StructuredState);
        Assert.All(record.StructuredState!, pair => Assert.DoesNotContain(raw, pair.Value ?? string.Empty, StringComparison.Ordinal));
    }

    private static string ExpectedHash(string value, int keyId) =>
        $"{keyId}:{Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Key), Encoding.UTF8.GetBytes(value)))}";
}
