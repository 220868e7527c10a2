namespace Allio.PiiGuard.Package.Tests;

/// <summary>What a user sees after installing the package: the rules fire in a plain <c>dotnet build</c>.</summary>
[Collection(InstalledPackageCollection.Name)]
public sealed class InstalledAnalyzersTests(InstalledPackageFixture package)
{
    private const string Policy = """
        {
          "controller": "Example LLC",
          "jurisdiction": "RU",
          "crossBorderTransfers": "forbidden",
          "purposes": [ { "id": "support", "title": "Answer questions" } ],
          "subjects": [ { "id": "visitor", "title": "Website visitor" } ]
        }
        """;

    private const string Model = """
        using Allio.PiiGuard;

        public sealed class Visitor
        {
            public int Id { get; set; }

            [Pii(Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["visitor"])]
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Logging_personal_data_fails_a_warnaserror_build_with_PII001()
    {
        var consumer = package.CreateConsumer("Leaking", new Dictionary<string, string>
        {
            ["piiguard.json"] = Policy,
            ["Visitor.cs"] = Model,
            ["Program.cs"] = """
                var visitor = new Visitor { Id = 1, Email = "anna@example.com" };
                Console.WriteLine($"Visitor {visitor.Email} signed up");
                """,
        });

        var build = await consumer.BuildAsync("-warnaserror");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(2,", build.Output);
        Assert.Contains("error PII001", build.Output);
    }

    [Fact]
    public async Task Logging_only_non_personal_members_builds()
    {
        var consumer = package.CreateConsumer("NotLeaking", new Dictionary<string, string>
        {
            ["piiguard.json"] = Policy,
            ["Visitor.cs"] = Model,
            ["Program.cs"] = """
                using Allio.PiiGuard;

                var visitor = new Visitor { Id = 1, Email = "anna@example.com" };
                Console.WriteLine($"Visitor {visitor.Id} signed up as {PiiRedact.Mask(visitor.Email, PiiKind.Email)}");
                """,
        });

        var build = await consumer.BuildAsync("-warnaserror");

        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public async Task The_package_props_hand_the_policy_to_the_compiler()
    {
        var consumer = package.CreateConsumer("BrokenPolicy", new Dictionary<string, string>
        {
            ["piiguard.json"] = """{ "jurisdiction": "RU", "purposes": [ { "id": "support" ] }""",
            ["Visitor.cs"] = Model,
            ["Program.cs"] = "System.Console.WriteLine(new Visitor().Id);",
        });

        var build = await consumer.BuildAsync();

        Assert.Contains("piiguard.json(1,", build.Output);
        Assert.Contains("PII009", build.Output);
    }
}
