using System.Globalization;
using System.Text;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>
/// The runtime's members printer, driven by the descriptor's list of printed members: personal members are never
/// written raw, every other member prints exactly as the statements generated code used to write per member, and a
/// derived type or a record chains as before.
/// </summary>
public sealed class PiiRedactionPrintingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Members_print_as_the_per_member_statements_did(bool withProvider)
    {
        var profile = new Profile();
        IRedactorProvider? provider = withProvider ? new BracketRedactorProvider() : null;

        var printed = new StringBuilder();
        var any = PiiRedaction.AppendMembers(profile, Profile.Descriptor, printed, provider, printedBefore: false);

        Assert.True(any);
        Assert.Equal(Profile.PrintedAsBefore(profile, provider), printed.ToString());
    }

    [Fact]
    public void Personal_members_print_as_markers_and_their_values_are_not_read_without_a_provider()
    {
        var profile = new Profile();
        Profile.Reads.Clear();

        var printed = new StringBuilder();
        PiiRedaction.AppendMembers(profile, Profile.Descriptor, printed, null, printedBefore: false);

        Assert.Equal(
            "Id = 7, Email = [redacted:Email], Ratio = 0.5, Active = True, Nickname = , Diagnosis = [redacted:Health], Tags = [ a, b ], Status = Suspended, Born = 1990-05-01, Secret = [redacted:PersonalData], Friend = Friend { Name = Bo }",
            printed.ToString().Replace(Profile.BornText, "1990-05-01", StringComparison.Ordinal));
        Assert.DoesNotContain("ann@example.com", printed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("flu", printed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Profile.Reads, index => index < 3);
    }

    [Fact]
    public void With_a_provider_personal_values_are_redacted_by_their_classification_redactor()
    {
        var printed = new StringBuilder();
        PiiRedaction.AppendMembers(new Profile(), Profile.Descriptor, printed, new BracketRedactorProvider(), printedBefore: false);

        Assert.Contains("Email = <[Allio.Pii:Personal]:ann@example.com>", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("Diagnosis = <[Allio.Pii:Sensitive]:flu>", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("Secret = <[Allio.Pii:Personal]:42>", printed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_type_continues_after_its_base_and_one_without_members_returns_what_the_base_printed()
    {
        var printed = new StringBuilder("Id = 1");

        Assert.True(PiiRedaction.AppendMembers(new Profile(), Profile.Descriptor, printed, null, printedBefore: true));
        Assert.StartsWith("Id = 1, Id = 7, Email = [redacted:Email]", printed.ToString(), StringComparison.Ordinal);

        var empty = new PiiTypeDescriptor<Profile>(Profile.Read, static (ref Profile _, int _, object? _) => { }, string.Empty);
        Assert.True(PiiRedaction.AppendMembers(new Profile(), empty, new StringBuilder(), null, printedBefore: true));
        Assert.False(PiiRedaction.AppendMembers(new Profile(), empty, new StringBuilder(), null, printedBefore: false));
    }

    [Fact]
    public void A_record_printing_through_the_descriptor_redacts_its_synthesized_ToString()
    {
        var text = new Login("ann@example.com", 3).ToString();

        Assert.Equal("Login { Email = [redacted:Email], Attempts = 3 }", text);
    }

    [Fact]
    public void CloseMembers_closes_as_records_do()
    {
        Assert.Equal("A { x }", PiiRedactionPrintingTestsText("A { x", printedAny: true));
        Assert.Equal("A { }", PiiRedactionPrintingTestsText("A { ", printedAny: false));
    }

    [Fact]
    public void AppendObject_writes_the_name_the_members_and_the_closing_brace_as_AppendRedacted_did()
    {
        var whole = new StringBuilder();
        PiiRedaction.AppendObject(new Profile(), Profile.Descriptor, whole, "Profile { ", null);
        var parts = new StringBuilder();
        PiiRedaction.CloseMembers(parts, PiiRedaction.AppendMembers(new Profile(), Profile.Descriptor, parts.Append("Profile { "), null, printedBefore: false));

        Assert.Equal(parts.ToString(), whole.ToString());
        Assert.StartsWith("Profile { Id = 7, Email = [redacted:Email]", whole.ToString(), StringComparison.Ordinal);

        var empty = new StringBuilder();
        PiiRedaction.AppendObject(new Profile(), new PiiTypeDescriptor<Profile>(Profile.Read, static (ref Profile _, int _, object? _) => { }, string.Empty), empty, "Profile { ", null);
        Assert.Equal("Profile { }", empty.ToString());
    }

    [Fact]
    public void A_printed_index_outside_the_descriptor_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PiiTypeDescriptor<Profile>(Profile.Read, static (ref Profile _, int _, object? _) => { }, "Id,0"));
    }

    private static string PiiRedactionPrintingTestsText(string opened, bool printedAny)
    {
        var builder = new StringBuilder(opened);
        PiiRedaction.CloseMembers(builder, printedAny);
        return builder.ToString();
    }

    private enum AccountStatus
    {
        Active,
        Suspended,
    }

    private sealed class Profile
    {
        public static readonly List<int> Reads = [];

        public static readonly PiiTypeDescriptor<Profile> Descriptor = new(
            Read,
            static (ref Profile _, int _, object? _) => { },
            "Id,0,Ratio,Active,Nickname,1,Tags,Status,Born,2,Friend",
            new PiiMemberDescriptor<Profile, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, false),
            new PiiMemberDescriptor<Profile, string?>("Diagnosis", PiiKind.Health, PiiTaxonomy.Sensitive, false),
            new PiiMemberDescriptor<Profile, int>("Secret", PiiKind.Unspecified, PiiTaxonomy.Personal, false));

        public static string BornText => new DateTime(1990, 5, 1).ToString(CultureInfo.CurrentCulture);

        public int Id { get; } = 7;

        public string Email { get; } = "ann@example.com";

        public double Ratio { get; } = 0.5;

        public bool Active { get; } = true;

        public string? Nickname { get; }

        public string? Diagnosis { get; } = "flu";

        public List<string> Tags { get; } = ["a", "b"];

        public AccountStatus Status { get; } = AccountStatus.Suspended;

        public DateTime Born { get; } = new(1990, 5, 1);

        public int Secret { get; } = 42;

        public Friend Friend { get; } = new();

        // What the generator writes: the descriptor's members first, then the printed members that are not personal.
        public static object? Read(ref Profile owner, int member, bool stored)
        {
            Reads.Add(member);
            return member switch
            {
                0 => owner.Email,
                1 => owner.Diagnosis,
                2 => owner.Secret,
                3 => owner.Id,
                4 => owner.Ratio,
                5 => owner.Active,
                6 => owner.Nickname,
                7 => owner.Tags,
                8 => owner.Status,
                9 => owner.Born,
                10 => owner.Friend,
                _ => null,
            };
        }

        // The statements the generator wrote per member before the runtime printed them.
        public static string PrintedAsBefore(Profile owner, IRedactorProvider? provider)
        {
            var builder = new StringBuilder();
            builder.Append("Id = ").Append(owner.Id);
            PiiRedaction.AppendPersonal(builder, provider, ", Email = ", PiiTaxonomy.Personal, "[redacted:Email]", owner.Email);
            builder.Append(", Ratio = ").Append(owner.Ratio);
            builder.Append(", Active = ").Append(owner.Active);
            builder.Append(", Nickname = ").Append(owner.Nickname);
            PiiRedaction.AppendPersonal(builder, provider, ", Diagnosis = ", PiiTaxonomy.Sensitive, "[redacted:Health]", owner.Diagnosis);
            PiiRedaction.AppendValue(builder, ", Tags = ", owner.Tags, provider);
            PiiRedaction.AppendValue(builder, ", Status = ", owner.Status, provider);
            PiiRedaction.AppendValue(builder, ", Born = ", owner.Born, provider);
            PiiRedaction.AppendPersonal(builder, provider, ", Secret = ", PiiTaxonomy.Personal, "[redacted:PersonalData]", owner.Secret);
            PiiRedaction.AppendValue(builder, ", Friend = ", owner.Friend, provider);
            return builder.ToString();
        }
    }

    private sealed class Friend : IPiiRedactable
    {
        public string Name { get; } = "Bo";

        public override string ToString() => "raw friend";

        public string ToString(IRedactorProvider redactorProvider) => ToString();

        public void AppendRedacted(StringBuilder builder, IRedactorProvider? redactorProvider) => builder.Append("Friend { Name = ").Append(Name).Append(" }");
    }

    private sealed record Login(string Email, int Attempts)
    {
        private static readonly PiiTypeDescriptor<Login> Descriptor = new(
            static (ref Login owner, int member, bool _) => member switch { 0 => owner.Email, 1 => owner.Attempts, _ => null },
            static (ref Login _, int _, object? _) => { },
            "0,Attempts",
            new PiiMemberDescriptor<Login, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, false));

        private bool PrintMembers(StringBuilder builder) => PiiRedaction.AppendMembers(this, Descriptor, builder, null, printedBefore: false);
    }

    /// <summary>Writes <c>&lt;[taxonomy:classification]:value&gt;</c>, so a test sees which redactor wrote what.</summary>
    private sealed class BracketRedactorProvider : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) => new BracketRedactor(classifications.ToString());
    }

    private sealed class BracketRedactor(string classification) : Redactor
    {
        public override int GetRedactedLength(ReadOnlySpan<char> input) => classification.Length + input.Length + 3;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            var text = "<" + classification + ":" + source.ToString() + ">";
            text.AsSpan().CopyTo(destination);
            return text.Length;
        }
    }
}
