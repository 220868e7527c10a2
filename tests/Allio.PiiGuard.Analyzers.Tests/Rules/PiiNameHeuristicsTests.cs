using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiNameHeuristicsTests
{
    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("dateOfBirth", "date of birth")]
    [InlineData("data_rozhdeniya", "data rozhdeniya")]
    [InlineData("EMail", "e mail")]
    [InlineData("AddressLine1", "address line 1")]
    [InlineData("_phone", "phone")]
    [InlineData("SNILS", "snils")]
    [InlineData("НомерТелефона", "номер телефона")]
    public void Identifiers_split_into_lower_case_words(string identifier, string words) =>
        Assert.Equal(words, string.Join(" ", PiiNameHeuristics.Words(identifier)));

    [Theory]
    [InlineData("EmailAddress", "Email")]
    [InlineData("MailAddress", "Email")]
    [InlineData("DeliveryAddress", "PostalAddress")]
    [InlineData("RemoteIpAddress", "OnlineIdentifier")]
    [InlineData("CreditCardNumber", "FinancialAccount")]
    [InlineData("Emails", "Email")]
    [InlineData("TaxId", "GovernmentId")]
    [InlineData("ReplyToAddress", "Email")]
    public void The_match_closest_to_the_head_noun_decides_the_kind(string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.MatchName(name)?.Kind);

    [Theory]
    [InlineData("EmailTemplateId")]
    [InlineData("AddressFamily")]
    [InlineData("HostAddress")]
    [InlineData("InnerException")]
    [InlineData("IsEmailConfirmed")]
    [InlineData("MaxPhoneLength")]
    public void Context_words_turn_a_match_off(string name) =>
        Assert.Null(PiiNameHeuristics.MatchName(name));

    [Fact]
    public void Every_entry_is_spelled_in_lower_case_without_separators()
    {
        foreach (var entry in PiiNameHeuristics.Entries)
        {
            Assert.Equal(string.Join(string.Empty, PiiNameHeuristics.Words(entry.Spelling)), entry.Spelling);
        }
    }
}
