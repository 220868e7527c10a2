using System.Text.RegularExpressions;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

/// <summary>The example a reader copies from <c>docs/policy-file.md</c> must be a valid policy.</summary>
public sealed class PolicyDocumentationTests
{
    [Fact]
    public void Documented_example_loads_without_problems()
    {
        var markdown = RepositoryFiles.Read("docs/policy-file.md");
        var example = Regex.Match(markdown, "```json\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, "docs/policy-file.md has no ```json example");

        var result = PiiPolicyLoader.Load(example.Groups[1].Value);

        Assert.Empty(result.Problems);
        var policy = result.Policy!;
        Assert.Equal(12, policy.Purposes.Count);
        Assert.Equal(new[] { "visitor", "applicant", "client" }, policy.Subjects.Select(s => s.Id));
        var recipient = policy.FindRecipient("rights-holder")!;
        Assert.Equal(("RU", LegalBasis.Consent), (recipient.Country, recipient.LegalBasis));
        Assert.Equal(new[] { "software-registration" }, recipient.Purposes);
        Assert.Equal(CrossBorderTransferMode.Forbidden, policy.CrossBorderTransfers);
    }

    [Fact]
    public void Every_problem_code_is_documented()
    {
        var markdown = RepositoryFiles.Read("docs/policy-file.md");
        var codes = typeof(PolicyProblemCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(codes, code => Assert.Contains($"| `{code}` |", markdown));
    }
}
