using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard.Tests.Vocabulary;

public class VocabularyTests
{
    [Theory]
    [InlineData(typeof(PiiAttribute), "Personal")]
    [InlineData(typeof(SensitivePiiAttribute), "Sensitive")]
    [InlineData(typeof(BiometricPiiAttribute), "Biometric")]
    public void Marks_are_Microsoft_data_classifications_with_a_parameterless_constructor(Type attributeType, string value)
    {
        // Microsoft's [LoggerMessage] generator emits `new TAttr().Classification`.
        Assert.True(typeof(DataClassificationAttribute).IsAssignableFrom(attributeType));
        var attribute = (DataClassificationAttribute)Activator.CreateInstance(attributeType)!;

        Assert.Equal(new DataClassification(PiiTaxonomy.TaxonomyName, value), attribute.Classification);
    }

    [Fact]
    public void Named_properties_keep_what_the_developer_wrote()
    {
        var attribute = new PiiAttribute { Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["visitor"], Retention = "P3Y" };

        Assert.Equal(PiiKind.Email, attribute.Kind);
        Assert.Equal(["support"], attribute.Purposes);
        Assert.Equal(["visitor"], attribute.Subjects);
        Assert.Equal("P3Y", attribute.Retention);
    }

    [Fact]
    public void Unset_lists_are_empty_not_null()
    {
        var attribute = new SensitivePiiAttribute();

        Assert.Empty(attribute.Purposes);
        Assert.Empty(attribute.Subjects);
        Assert.Null(attribute.Retention);
    }

    [Fact]
    public void Biometric_mark_states_its_kind()
    {
        Assert.Equal(PiiKind.Biometric, new BiometricPiiAttribute().Kind);
    }

    [Fact]
    public void Taxonomy_values_are_distinct_and_share_the_taxonomy_name()
    {
        DataClassification[] values = [PiiTaxonomy.Personal, PiiTaxonomy.Sensitive, PiiTaxonomy.Biometric];

        Assert.All(values, value => Assert.Equal("Allio.Pii", value.TaxonomyName));
        Assert.Equal(values.Length, values.Distinct().Count());
    }

    // §1.1.1 and §1.1.2 of the seed policy, plus the general kinds of personal data.
    [Theory]
    [InlineData("LastName")]
    [InlineData("FirstName")]
    [InlineData("MiddleName")]
    [InlineData("Company")]
    [InlineData("BirthDate")]
    [InlineData("Phone")]
    [InlineData("Email")]
    [InlineData("PostalAddress")]
    [InlineData("FamilyStatus")]
    [InlineData("Children")]
    [InlineData("Education")]
    [InlineData("Certificates")]
    [InlineData("WorkHistory")]
    [InlineData("Skills")]
    [InlineData("Languages")]
    [InlineData("PersonalQualities")]
    [InlineData("City")]
    [InlineData("DesiredPosition")]
    [InlineData("WorkSchedule")]
    [InlineData("SalaryExpectation")]
    [InlineData("Hobbies")]
    [InlineData("GovernmentId")]
    [InlineData("FinancialAccount")]
    [InlineData("OnlineIdentifier")]
    [InlineData("Location")]
    [InlineData("Health")]
    [InlineData("Biometric")]
    [InlineData("Other")]
    public void Every_kind_of_the_seed_policy_exists(string kind)
    {
        Assert.True(Enum.TryParse<PiiKind>(kind, out _), $"PiiKind.{kind} is missing");
    }

    [Theory]
    [InlineData(typeof(PiiRecipientAttribute), "rights-holder")]
    [InlineData(typeof(ProcessingPurposeAttribute), "recruitment")]
    [InlineData(typeof(PiiStoreAttribute), "crm-db")]
    public void Policy_references_keep_their_id(Type attributeType, string id)
    {
        var attribute = Activator.CreateInstance(attributeType, id)!;

        Assert.Equal(id, attributeType.GetProperty("Id")!.GetValue(attribute));
    }

    [Fact]
    public void Sanitizer_mark_goes_on_methods_only()
    {
        var usage = typeof(PiiSanitizerAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Method, usage.ValidOn);
    }
}
