using System.Globalization;
using System.Text;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// The record of processing drawn as inline SVG in four columns: data subjects → data kinds → purposes → recipients
/// and stores. Foreign destinations and the edges into them are red. Plain SVG, no script, no external asset.
/// </summary>
public static class DataFlowMap
{
    private const int ColumnWidth = 230;
    private const int NodeWidth = 190;
    private const int NodeHeight = 28;
    private const int RowHeight = 40;
    private const int Top = 44;

    private sealed record Node(string Key, string Label, string Css, int Column);

    /// <summary>The <c>&lt;svg&gt;</c> element; an empty record draws a note instead.</summary>
    public static string Svg(ProcessingRecord record, string? language)
    {
        var (nodes, edges) = Graph(record, language);
        if (nodes.Count == 0)
        {
            return "<p class=\"empty\">No personal data is marked in the code.</p>\n";
        }

        var positions = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var column in nodes.GroupBy(node => node.Column))
        {
            var row = 0;
            foreach (var node in column)
            {
                positions[node.Key] = (20 + (column.Key * ColumnWidth), Top + (row++ * RowHeight));
            }
        }

        var height = Top + (nodes.GroupBy(node => node.Column).Max(column => column.Count()) * RowHeight) + 10;
        var width = 40 + (3 * ColumnWidth) + NodeWidth;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"flow-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Data-flow map\">\n"));
        string[] headings = language == "ru"
            ? ["Субъекты", "Виды данных", "Цели", "Получатели и хранилища"]
            : ["Data subjects", "Data kinds", "Purposes", "Recipients and stores"];
        for (var column = 0; column < headings.Length; column++)
        {
            svg.Append(Invariant($"<text class=\"column\" x=\"{20 + (column * ColumnWidth)}\" y=\"24\">")).Append(HtmlPage.Encode(headings[column])).Append("</text>\n");
        }

        foreach (var (from, to, foreign) in edges.Distinct())
        {
            var (x1, y1) = positions[from];
            var (x2, y2) = positions[to];
            var startX = x1 + NodeWidth;
            var middle = (startX + x2) / 2;
            svg.Append(Invariant($"<path class=\"edge{(foreign ? " foreign" : "")}\" d=\"M{startX},{y1 + (NodeHeight / 2)} C{middle},{y1 + (NodeHeight / 2)} {middle},{y2 + (NodeHeight / 2)} {x2},{y2 + (NodeHeight / 2)}\"/>\n"));
        }

        foreach (var node in nodes)
        {
            var (x, y) = positions[node.Key];
            svg.Append("<g class=\"node ").Append(node.Css).Append("\" data-node=\"").Append(HtmlPage.Encode(node.Key)).Append("\">")
                .Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"6\"/>"))
                .Append(Invariant($"<text x=\"{x + 8}\" y=\"{y + 18}\">")).Append(HtmlPage.Encode(Shorten(node.Label))).Append("</text>")
                .Append("<title>").Append(HtmlPage.Encode(node.Label)).Append("</title></g>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static (List<Node> Nodes, List<(string From, string To, bool Foreign)> Edges) Graph(ProcessingRecord record, string? language)
    {
        var nodes = new List<Node>();
        var edges = new List<(string, string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string key, string label, string css, int column)
        {
            if (seen.Add(key))
            {
                nodes.Add(new Node(key, label, css, column));
            }
        }

        string KindLabel(string kind) => language == "ru" ? RussianNames.Kind(kind) : kind;
        foreach (var subject in record.Subjects)
        {
            Add("subject:" + subject.Id, subject.Title, "subject", 0);
            foreach (var kind in subject.Kinds)
            {
                Add("kind:" + kind.Kind, KindLabel(kind.Kind), "kind", 1);
                edges.Add(("subject:" + subject.Id, "kind:" + kind.Kind, false));
            }
        }

        var purposeTitles = record.Subjects.SelectMany(subject => subject.Purposes)
            .GroupBy(purpose => purpose.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Title, StringComparer.Ordinal);
        var purposesOfKind = record.Holders
            .GroupBy(holder => holder.Kind, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.SelectMany(holder => holder.Purposes).Distinct().Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        foreach (var purpose in purposesOfKind.Values.SelectMany(ids => ids).Distinct().Order(StringComparer.Ordinal))
        {
            Add("purpose:" + purpose, purposeTitles.GetValueOrDefault(purpose) ?? purpose, "purpose", 2);
        }

        foreach (var (kind, purposes) in purposesOfKind.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var purpose in purposes)
            {
                edges.Add(("kind:" + kind, "purpose:" + purpose, false));
            }
        }

        foreach (var flow in record.Flows.Where(flow => seen.Contains("kind:" + flow.Kind)))
        {
            var key = $"{flow.Target}:{flow.TargetId}";
            var label = $"{flow.TargetId} ({flow.Country}){(flow.IsForeign ? (language == "ru" ? " — за рубежом" : " — foreign") : "")}";
            Add(key, label, flow.Target + (flow.IsForeign ? " foreign" : ""), 3);
            var sources = purposesOfKind.GetValueOrDefault(flow.Kind) is { Length: > 0 } purposes
                ? purposes.Select(purpose => "purpose:" + purpose)
                : ["kind:" + flow.Kind];
            edges.AddRange(sources.Select(source => (source, key, flow.IsForeign)));
        }

        return (nodes, edges);
    }

    private static string Shorten(string label) => label.Length <= 28 ? label : label[..27] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
