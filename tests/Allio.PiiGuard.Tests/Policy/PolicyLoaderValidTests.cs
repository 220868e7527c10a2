using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

public sealed class PolicyLoaderValidTests
{
    [Fact]
    public void Seed_policy_loads_without_problems()
    {
        var result = PiiPolicyLoader.Load(SeedPolicy.Text);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.NotNull(result.Policy);
    }

    [Fact]
    public void Seed_policy_keeps_every_top_level_value()
    {
        var policy = Load(SeedPolicy.Text);

        Assert.Equal("ALLIO LLC", policy.Controller);
        Assert.Equal("RU", policy.Jurisdiction);
        Assert.Equal(CrossBorderTransferMode.Forbidden, policy.CrossBorderTransfers);
        Assert.Equal(new[] { "BY", "KZ" }, policy.AdequateCountries);
    }

    [Fact]
    public void Seed_policy_keeps_the_twelve_purposes_in_file_order()
    {
        var policy = Load(SeedPolicy.Text);

        Assert.Equal(
            new[]
            {
                "identification", "personalization", "service-improvement", "statistics", "software-registration",
                "website-functionality", "contract-performance", "user-inquiries", "event-registration", "service-desk",
                "recruitment", "legal-obligations",
            },
            policy.Purposes.Select(p => p.Id));
        var personalization = policy.FindPurpose("personalization")!;
        Assert.Equal("Personalised services (2.2.2)", personalization.Title);
        Assert.Equal("Shows users their own profile and settings.", personalization.Description);
        Assert.True(personalization.SubjectAccess);
        var identification = policy.FindPurpose("identification")!;
        Assert.Null(identification.Description);
        Assert.False(identification.SubjectAccess);
    }

    [Fact]
    public void Seed_policy_keeps_subjects_recipients_and_stores()
    {
        var policy = Load(SeedPolicy.Text);

        Assert.Equal(new[] { "visitor", "applicant", "client" }, policy.Subjects.Select(s => s.Id));
        Assert.Equal("Job applicant (1.1.2)", policy.FindSubject("applicant")!.Title);

        var recipient = Assert.Single(policy.Recipients);
        Assert.Equal("rights-holder", recipient.Id);
        Assert.Equal("Software rights holder, distributor or reseller (2.2.5, 3.2.1)", recipient.Title);
        Assert.Equal("RU", recipient.Country);
        Assert.Equal(LegalBasis.Consent, recipient.LegalBasis);
        Assert.Equal(new[] { "LastName", "FirstName", "Company", "Email" }, recipient.Kinds);
        Assert.Equal(new[] { "software-registration" }, recipient.Purposes);
        Assert.Equal(new[] { "licensing.rights-holder.example", "*.activation.example" }, recipient.Hosts);

        Assert.Equal(2, policy.Stores.Count);
        var crm = policy.FindStore("crm-db")!;
        Assert.Equal(("CRM database", "RU", "database"), (crm.Title, crm.Country, crm.Kind));
        var hr = policy.FindStore("hr-files")!;
        Assert.Equal((null, "RU", null), (hr.Title, hr.Country, hr.Kind));
    }

    [Fact]
    public void Lookups_find_declared_ids_only_and_compare_them_ordinally()
    {
        var policy = Load(SeedPolicy.Text);

        Assert.NotNull(policy.FindRecipient("rights-holder"));
        Assert.Null(policy.FindRecipient("Rights-Holder"));
        Assert.Null(policy.FindPurpose("marketing"));
        Assert.Null(policy.FindSubject("employee"));
        Assert.Null(policy.FindStore("s3"));
    }

    [Fact]
    public void Recipient_answers_for_its_kinds_and_purposes()
    {
        var recipient = Load(SeedPolicy.Text).FindRecipient("rights-holder")!;

        Assert.True(recipient.AllowsKind("Email"));
        Assert.False(recipient.AllowsKind("Phone"));
        Assert.True(recipient.AllowsPurpose("software-registration"));
        Assert.False(recipient.AllowsPurpose("recruitment"));
    }

    [Theory]
    [InlineData("licensing.rights-holder.example", true)]
    [InlineData("LICENSING.Rights-Holder.example", true)]
    [InlineData("eu.activation.example", true)]
    [InlineData("activation.example", false)]
    [InlineData("evil-licensing.rights-holder.example", false)]
    [InlineData("example.com", false)]
    public void Recipient_is_found_by_its_declared_hosts(string host, bool found)
    {
        var policy = Load(SeedPolicy.Text);

        Assert.Equal(found, policy.FindRecipientByHost(host)?.Id == "rights-holder");
    }

    [Theory]
    [InlineData("RU", false)]
    [InlineData("ru", false)]
    [InlineData("DE", true)]
    [InlineData("BY", true)]
    public void Countries_other_than_the_jurisdiction_are_foreign(string country, bool foreign)
    {
        Assert.Equal(foreign, Load(SeedPolicy.Text).IsForeign(country));
    }

    [Fact]
    public void Without_a_jurisdiction_nothing_is_foreign_and_the_missing_key_is_reported()
    {
        var result = PiiPolicyLoader.Load("""{ "controller": "ALLIO LLC" }""");

        Assert.Equal(PolicyProblemCodes.MissingKey, Assert.Single(result.Problems).Code);
        Assert.False(result.Policy!.IsForeign("US"));
    }

    [Theory]
    [InlineData("forbidden", "RU", "law", true)]
    [InlineData("forbidden", "KZ", "consent", false)]
    [InlineData("declared", "KZ", "law", true)]
    [InlineData("declared", "US", "law", false)]
    [InlineData("declared", "US", "consent", true)]
    public void Transfers_abroad_follow_the_mode_adequacy_and_legal_basis(string mode, string country, string basis, bool allowed)
    {
        var policy = Load($$"""
            {
              "jurisdiction": "RU",
              "crossBorderTransfers": "{{mode}}",
              "adequateCountries": ["BY", "KZ"],
              "purposes": [ { "id": "p", "title": "P" } ],
              "recipients": [ { "id": "r", "country": "{{country}}", "legalBasis": "{{basis}}", "kinds": ["Email"], "purposes": ["p"] } ]
            }
            """);

        Assert.Equal(allowed, policy.IsTransferAllowed(policy.FindRecipient("r")!));
    }

    [Fact]
    public void Minimal_policy_takes_the_defaults()
    {
        var policy = Load("""{ "jurisdiction": "RU" }""");

        Assert.Null(policy.Controller);
        Assert.Equal(CrossBorderTransferMode.Forbidden, policy.CrossBorderTransfers);
        Assert.Empty(policy.AdequateCountries);
        Assert.Empty(policy.Purposes);
        Assert.Empty(policy.Subjects);
        Assert.Empty(policy.Recipients);
        Assert.Empty(policy.Stores);
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        var result = PiiPolicyLoader.Load("\uFEFF" + SeedPolicy.Text);

        Assert.Empty(result.Problems);
        Assert.Equal(12, result.Policy!.Purposes.Count);
    }

    [Fact]
    public void Escapes_in_strings_are_decoded()
    {
        var policy = Load("""{ "jurisdiction": "RU", "controller": "\u041E\u041E\u041E \"\u0410\u043B\u043B\u0438\u043E\"\t\\\/" }""");

        Assert.Equal("ООО \"Аллио\"\t\\/", policy.Controller);
    }

    [Fact]
    public void Problems_with_a_readable_object_still_give_the_policy_what_was_valid()
    {
        var result = PiiPolicyLoader.Load("""
            {
              "jurisdiction": "RU",
              "purposes": [ { "id": "p", "title": "P" }, { "id": "p", "title": "Again" }, { "title": "No id" } ],
              "stores": [ { "id": "s", "country": "XX" } ]
            }
            """);

        Assert.Equal(3, result.Problems.Count);
        var policy = result.Policy!;
        Assert.Equal("P", Assert.Single(policy.Purposes).Title);
        Assert.Equal("XX", policy.FindStore("s")!.Country);
    }

    private static PiiPolicy Load(string text)
    {
        var result = PiiPolicyLoader.Load(text);
        Assert.Empty(result.Problems);
        return result.Policy!;
    }
}
