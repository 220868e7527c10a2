namespace Allio.PiiGuard.Package.Tests;

/// <summary>The generator ships in the package: a partial type gets working hooks in a plain build.</summary>
[Collection(InstalledPackageCollection.Name)]
public sealed class InstalledGeneratorTests(InstalledPackageFixture package)
{
    [Fact]
    public async Task A_partial_type_gets_redacting_ToString_erasure_and_export()
    {
        var consumer = package.CreateConsumer("Hooks", new Dictionary<string, string>
        {
            ["piiguard.json"] = """
                {
                  "controller": "Example LLC",
                  "jurisdiction": "RU",
                  "purposes": [ { "id": "support", "title": "Answer questions" } ],
                  "subjects": [ { "id": "visitor", "title": "Website visitor" } ]
                }
                """,
            ["Visitor.cs"] = """
                using Allio.PiiGuard;

                public sealed partial class Visitor
                {
                    public int Id { get; set; }

                    [Pii(Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["visitor"])]
                    public string Email { get; set; } = "";
                }
                """,
            ["Program.cs"] = """
                var visitor = new Visitor { Id = 7, Email = "anna@example.com" };
                var exported = visitor.ExportPersonalData();
                Console.WriteLine("text: " + visitor.ToString());
                Console.WriteLine("export: " + string.Join(",", exported.Select(pair => pair.Key + "=" + pair.Value)).Replace("@", "(at)"));
                Console.WriteLine("erased: " + string.Join(",", visitor.ErasePersonalData()));
                Console.WriteLine("after: " + (visitor.Email.Contains('@') ? "still held" : "gone"));
                """,
        });

        (await consumer.BuildAsync("-warnaserror")).EnsureSuccess("dotnet build");
        var run = (await consumer.RunAsync()).EnsureSuccess("dotnet run");

        Assert.Contains("text: Visitor { Id = 7, Email = [redacted:Email] }", run.Output);
        Assert.DoesNotContain("anna@example.com", run.Output);
        Assert.Contains("export: Email=anna(at)example.com", run.Output);
        Assert.Contains("erased: Email", run.Output);
        Assert.Contains("after: gone", run.Output);
    }
}
