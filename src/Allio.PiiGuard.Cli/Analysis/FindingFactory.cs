using System.Collections.Immutable;
using System.Globalization;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Detaches a Roslyn diagnostic into a <see cref="Finding"/>: relative path, excerpt, fingerprint.</summary>
public sealed class FindingFactory(RepositoryPaths paths)
{
    /// <summary>Lines of context shown before and after the finding.</summary>
    public const int ContextLines = 2;

    /// <summary>Builds the finding; a diagnostic without a place (rare) is pinned to line 1 of its project file.</summary>
    public Finding Create(Diagnostic diagnostic, Project project)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var hasPlace = span.IsValid && !string.IsNullOrEmpty(span.Path);
        var filePath = hasPlace ? ResolvePath(span.Path, project) : project.FilePath ?? project.Name;
        var start = hasPlace ? span.StartLinePosition : new LinePosition(0, 0);
        var end = hasPlace ? span.EndLinePosition : new LinePosition(0, 0);

        var relativePath = paths.ToRelative(filePath);
        var text = hasPlace ? SourceOf(diagnostic.Location, filePath, project) : null;
        var lineText = text is not null && start.Line < text.Lines.Count ? text.Lines[start.Line].ToString() : "";

        return new Finding(
            diagnostic.Id,
            RuleCatalog.ToLevel(diagnostic.Severity),
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            new SourceRegion(relativePath, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1),
            FindingFingerprint.Compute(relativePath, lineText),
            text is null ? [] : Excerpt(text, start.Line, end.Line),
            diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
            Inferred: InferenceOption.IsInferred(diagnostic));
    }

    /// <summary>A compiler diagnostic as the compiler prints it, with a repository-relative path.</summary>
    public string CompilerLine(Diagnostic diagnostic, Project project)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var path = span.IsValid && !string.IsNullOrEmpty(span.Path) ? paths.ToRelative(ResolvePath(span.Path, project)) : project.Name;
        return CompilerFormat.Line(
            path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private static string ResolvePath(string path, Project project) =>
        Path.IsPathRooted(path) || project.FilePath is null
            ? path
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project.FilePath)!, path));

    /// <summary>The text the diagnostic points into: a syntax tree, an additional file (piiguard.json), or the file on disk.</summary>
    private static SourceText? SourceOf(Location location, string filePath, Project project)
    {
        if (location.SourceTree is { } tree)
        {
            return tree.GetText();
        }

        var additional = project.AdditionalDocuments.FirstOrDefault(document => document.FilePath == filePath);
        if (additional is not null && additional.TryGetText(out var additionalText))
        {
            return additionalText;
        }

        return File.Exists(filePath) ? SourceText.From(File.ReadAllText(filePath)) : null;
    }

    private static ImmutableArray<ExcerptLine> Excerpt(SourceText text, int startLine, int endLine)
    {
        var first = Math.Max(0, startLine - ContextLines);
        var last = Math.Min(text.Lines.Count - 1, endLine + ContextLines);
        var lines = ImmutableArray.CreateBuilder<ExcerptLine>(Math.Max(0, last - first + 1));
        for (var line = first; line <= last; line++)
        {
            lines.Add(new ExcerptLine(line + 1, text.Lines[line].ToString(), line >= startLine && line <= endLine));
        }

        return lines.ToImmutable();
    }
}
