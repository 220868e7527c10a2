using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.Tests.PolicyAccess;

public class PolicyContextTests
{
    [Fact]
    public void Finds_piiguard_json_by_default()
    {
        var policy = PolicyContext.Get(Options(null, ("/src/app/notes.json", "{}"), ("/src/app/piiguard.json", TestPoliciesText)), default);

        Assert.Equal("/src/app/piiguard.json", policy.File?.Path);
        Assert.Empty(policy.Problems);
        Assert.Equal("RU", policy.Jurisdiction);
        Assert.NotNull(policy.FindPurpose("marketing"));
    }

    [Theory]
    [InlineData("policy/privacy.json", "/src/app/policy/privacy.json")]
    [InlineData("policy\\privacy.json", "C:\\src\\app\\policy\\privacy.json")]
    [InlineData("../shared/privacy.json", "/src/shared/privacy.json")]
    [InlineData("./privacy.json", "/src/app/privacy.json")]
    public void Finds_the_configured_file(string configured, string path)
    {
        var policy = PolicyContext.Get(Options(configured, ("/src/app/piiguard.json", "{}"), (path, TestPoliciesText)), default);

        Assert.Equal(path, policy.File?.Path);
        Assert.Equal(configured, policy.ExpectedFileName);
    }

    [Fact]
    public void Missing_file_answers_unknown()
    {
        var policy = PolicyContext.Get(Options(null), default);

        Assert.False(policy.HasFile);
        Assert.Null(policy.Policy);
        Assert.Empty(policy.Problems);
        Assert.Null(policy.FindStore("crm-db"));
        Assert.False(policy.IsForeign("DE"));
        Assert.Equal("piiguard.json", policy.ExpectedFileName);
    }

    [Fact]
    public void Parses_a_text_once()
    {
        var options = Options(null, ("/src/piiguard.json", TestPoliciesText));

        var first = PolicyContext.Get(options, default);
        var second = PolicyContext.Get(options, default);

        Assert.Same(first.Policy, second.Policy);
        Assert.Same(first.Problems, second.Problems);
    }

    [Fact]
    public void Locates_problems_in_the_file()
    {
        var policy = PolicyContext.Get(Options(null, ("/src/piiguard.json", "{\n  \"jurisdiction\": \"RU\",\n  \"purpoces\": []\n}")), default);

        var problem = Assert.Single(policy.Problems);
        var location = policy.LocationOf(problem).GetLineSpan();
        Assert.Equal("/src/piiguard.json", location.Path);
        Assert.Equal(new LinePosition(2, 2), location.StartLinePosition);
        Assert.Equal(new LinePosition(2, 12), location.EndLinePosition);
    }

    [Fact]
    public void Problem_at_the_end_of_the_file_is_clamped_into_it()
    {
        var policy = PolicyContext.Get(Options(null, ("/src/piiguard.json", "{ \"jurisdiction\": ")), default);

        var problem = Assert.Single(policy.Problems);
        var span = policy.LocationOf(problem).SourceSpan;
        Assert.True(span.End <= "{ \"jurisdiction\": ".Length);
    }

    [Fact]
    public void Suggests_close_ids()
    {
        var policy = PolicyContext.Get(Options(null, ("/src/piiguard.json", TestPoliciesText)), default);

        Assert.Equal("marketing", policy.SuggestId(PolicySection.Purposes, "marketting"));
        Assert.Equal("applicant", policy.SuggestId(PolicySection.Subjects, "aplicant"));
        Assert.Null(policy.SuggestId(PolicySection.Stores, "warehouse"));
    }

    [Fact]
    public void Store_country_decides_foreignness()
    {
        var policy = PolicyContext.Get(Options(null, ("/src/piiguard.json", Rules.TestPolicies.Create(crmCountry: "DE"))), default);

        Assert.True(policy.IsForeign(policy.FindStore("crm-db")!.Country));
        Assert.False(policy.IsForeign("ru"));
    }

    private static string TestPoliciesText => Rules.TestPolicies.Seed;

    private static AnalyzerOptions Options(string? configuredFile, params (string Path, string Text)[] files) => new(
        files.Select(f => (AdditionalText)new InMemoryText(f.Path, SourceText.From(f.Text))).ToImmutableArray(),
        new OptionsProvider(configuredFile));

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider(string? configuredFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(configuredFile);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class Values(string? configuredFile) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == PolicyFileLocator.PolicyFileProperty ? configuredFile : null;
            return value is not null;
        }
    }
}
