namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>A container's export reaches nested values through <see cref="PiiExport.AddNested"/>, names showing where each was found.</summary>
public sealed class PiiExportTests
{
    private sealed class Person(string email) : IPiiExportable
    {
        public IReadOnlyList<KeyValuePair<string, object?>> ExportPersonalData() => [new("Email", email)];
    }

    [Fact]
    public void Nested_values_sequences_and_dictionaries_are_exported_with_their_path()
    {
        var export = new List<KeyValuePair<string, object?>>();

        PiiExport.AddNested(export, "Lead", new Person("lead@x"));
        PiiExport.AddNested(export, "Members", new List<Person> { new("a@x"), new("b@x") });
        PiiExport.AddNested(export, "ByCity", new Dictionary<string, Person[]> { ["Oslo"] = [new("c@x")] });

        Assert.Equal(
            [
                new("Lead.Email", "lead@x"), new("Members[0].Email", "a@x"), new("Members[1].Email", "b@x"),
                new("ByCity[Oslo][0].Email", "c@x"),
            ],
            export);
    }

    [Fact]
    public void Null_strings_and_values_without_hooks_add_nothing()
    {
        var export = new List<KeyValuePair<string, object?>>();

        PiiExport.AddNested(export, "None", null);
        PiiExport.AddNested(export, "Text", "plain");
        PiiExport.AddNested(export, "Number", 42);
        PiiExport.AddNested(export, "Numbers", new[] { 1, 2 });

        Assert.Empty(export);
    }
}
