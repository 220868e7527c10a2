using System.Text.Json;
using System.Text.Json.Nodes;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

/// <summary>The schema editors use and the loader the compiler uses must describe the same format.</summary>
public sealed class PolicySchemaTests
{
    private static readonly JsonObject Schema =
        JsonNode.Parse(RepositoryFiles.Read("src/Allio.PiiGuard/piiguard.schema.json"))!.AsObject();

    public static TheoryData<string, string[]> ObjectsAndTheirKeys => new()
    {
        { "root", PolicyKeys.Root },
        { "purpose", PolicyKeys.Purpose },
        { "subject", PolicyKeys.Subject },
        { "recipient", PolicyKeys.Recipient },
        { "store", PolicyKeys.Store },
    };

    /// <summary>A valid instance of each object, holding every key, to remove keys from.</summary>
    private static readonly Dictionary<string, string> CompleteObjects = new()
    {
        ["root"] = """{ "$schema": "s", "controller": "C", "jurisdiction": "RU", "crossBorderTransfers": "declared", "adequateCountries": [], "purposes": [], "subjects": [], "recipients": [], "stores": [] }""",
        ["purpose"] = """{ "id": "p", "title": "P", "description": "D", "subjectAccess": true }""",
        ["subject"] = """{ "id": "s", "title": "S" }""",
        ["recipient"] = """{ "id": "r", "title": "R", "country": "RU", "legalBasis": "law", "kinds": ["Email"], "purposes": ["p"], "hosts": ["r.example"] }""",
        ["store"] = """{ "id": "s", "title": "S", "country": "RU", "kind": "database" }""",
    };

    [Theory]
    [MemberData(nameof(ObjectsAndTheirKeys))]
    public void Schema_properties_are_the_keys_the_loader_knows(string name, string[] loaderKeys)
    {
        var definition = Definition(name);

        Assert.Equal(loaderKeys.OrderBy(k => k, StringComparer.Ordinal), definition["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
        Assert.False(definition["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(ObjectsAndTheirKeys))]
    public void Schema_requires_exactly_the_keys_whose_absence_the_loader_reports(string name, string[] loaderKeys)
    {
        var required = RequiredKeys(name);

        foreach (var key in loaderKeys)
        {
            var problems = PiiPolicyLoader.Load(PolicyWithout(name, key)).Problems;

            var reported = problems.Any(p => p.Code == PolicyProblemCodes.MissingKey && p.Message.Contains($"'{key}'"));
            Assert.True(required.Contains(key) == reported, $"{name}.{key}: schema required={required.Contains(key)}, loader reported={reported}");
        }
    }

    [Fact]
    public void Complete_objects_load_without_problems()
    {
        foreach (var name in CompleteObjects.Keys)
        {
            Assert.Empty(PiiPolicyLoader.Load(PolicyWithout(name, key: null)).Problems);
        }
    }

    [Fact]
    public void Schema_countries_are_the_loader_countries() =>
        Assert.Equal(CountryCodes.All.Order(StringComparer.Ordinal), Enum("country").Order(StringComparer.Ordinal));

    [Fact]
    public void Schema_kinds_are_the_loader_kinds() =>
        Assert.Equal(PiiKindNames.All, Enum("piiKind"));

    [Theory]
    [InlineData("root", "crossBorderTransfers")]
    [InlineData("recipient", "legalBasis")]
    public void Every_word_the_schema_offers_loads_without_problems(string name, string key)
    {
        var words = Definition(name)["properties"]![key]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var root = JsonNode.Parse(CompleteObjects["root"])!.AsObject();
            var recipient = JsonNode.Parse(CompleteObjects["recipient"])!.AsObject();
            (name == "root" ? root : recipient)[key] = word;
            root["purposes"] = new JsonArray(JsonNode.Parse(CompleteObjects["purpose"]));
            root["recipients"] = new JsonArray(recipient);

            Assert.Empty(PiiPolicyLoader.Load(root.ToJsonString()).Problems);
        }
    }

    private static JsonObject Definition(string name) =>
        name == "root" ? Schema : Schema["definitions"]![name]!.AsObject();

    private static HashSet<string> RequiredKeys(string name) =>
        Definition(name)["required"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    private static string[] Enum(string definition) =>
        Schema["definitions"]![definition]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

    /// <summary>A valid policy holding the complete object <paramref name="name"/>, minus <paramref name="key"/>.</summary>
    private static string PolicyWithout(string name, string? key)
    {
        var root = JsonNode.Parse(CompleteObjects["root"])!.AsObject();
        root["purposes"] = new JsonArray(JsonNode.Parse(CompleteObjects["purpose"]));
        var target = name == "root" ? root : JsonNode.Parse(CompleteObjects[name])!.AsObject();
        if (key is not null)
        {
            target.Remove(key);
        }

        if (name != "root" && name != "purpose")
        {
            root[name == "store" ? "stores" : name + "s"] = new JsonArray(target);
        }
        else if (name == "purpose")
        {
            root["purposes"] = new JsonArray(target, JsonNode.Parse(CompleteObjects["purpose"].Replace("\"p\"", "\"p2\"")));
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
