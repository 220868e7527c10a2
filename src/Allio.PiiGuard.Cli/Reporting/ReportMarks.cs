using System.Text.Json;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>How each report format says "PiiGuard wrote me", and how an existing file is checked for it.</summary>
public static class ReportMarks
{
    /// <summary>The first line of every Markdown report (an HTML comment, invisible when rendered).</summary>
    public const string MarkdownComment = "<!-- piiguard-report: written by PiiGuard, replaced on each run -->";

    /// <summary>The generator meta element of every HTML report.</summary>
    public const string HtmlMeta = "<meta name=\"generator\" content=\"PiiGuard\">";

    /// <summary>True when <paramref name="text"/> is JSON whose <paramref name="path"/> leads to the tool's name.</summary>
    public static bool JsonNamesTool(string text, params string[] path)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var element = document.RootElement;
            foreach (var step in path)
            {
                if (element.ValueKind == JsonValueKind.Array)
                {
                    if (element.GetArrayLength() == 0)
                    {
                        return false;
                    }

                    element = element[0];
                }

                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
                {
                    return false;
                }
            }

            return element.ValueKind == JsonValueKind.String && element.GetString() == ToolInfo.Name;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
