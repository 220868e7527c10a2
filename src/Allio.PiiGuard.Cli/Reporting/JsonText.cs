using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>One way to write JSON reports: indented by two, '\n' line ends, readable non-ASCII, trailing newline.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Russian policy titles stay readable; these files are never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes a node tree (property order as built, so output is stable).</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(value => (JsonNode?)JsonValue.Create(value))];
}
