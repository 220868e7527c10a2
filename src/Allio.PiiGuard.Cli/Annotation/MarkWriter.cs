using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Annotation;

/// <summary>One mark <c>annotate</c> adds.</summary>
/// <param name="Line">1-based line of the member before the change.</param>
/// <param name="Member">The member as PII006 names it (<c>Customer.Email</c>).</param>
/// <param name="Kind">The <c>PiiKind</c> the mark states.</param>
public sealed record AddedMark(int Line, string Member, string Kind);

/// <summary>A source file <c>annotate</c> changes, with its new text.</summary>
public sealed record AnnotatedFile(string Path, ImmutableArray<AddedMark> Marks, string NewText);

/// <summary>
/// Runs PII006 over a project and applies its own code fix (Fix All) to every member it reports, so the command
/// line writes exactly what the IDE's light bulb writes. Only the project's own, non-generated files under its folder change.
/// </summary>
public sealed class MarkWriter(PiiGuardExtensions extensions)
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _unmarked = [.. extensions.Analyzers.OfType<UnmarkedPiiAnalyzer>()];
    private readonly AddPiiAttributeFixer _fixer = new();

    /// <summary>The files of <paramref name="project"/> the fix changes (none when PII006 reports nothing there).</summary>
    public async Task<ImmutableArray<AnnotatedFile>> AnnotateAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await ProjectCompiler.CompileAsync(project, extensions, cancellationToken);
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(_unmarked, options).GetAnalyzerDiagnosticsAsync(cancellationToken);

        var byDocument = ImmutableDictionary.CreateBuilder<DocumentId, ImmutableArray<Diagnostic>>();
        foreach (var group in diagnostics
                     .Where(diagnostic => diagnostic.Id == RuleIdentifiers.UnmarkedPii && !diagnostic.IsSuppressed && diagnostic.Location.IsInSource)
                     .GroupBy(diagnostic => diagnostic.Location.SourceTree!))
        {
            if (project.GetDocument(group.Key) is { FilePath: { } path } document && IsOwnSource(project, path))
            {
                byDocument[document.Id] = [.. group.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
            }
        }

        if (byDocument.Count == 0)
        {
            return [];
        }

        var fixedSolution = await FixAllAsync(project, byDocument.ToImmutable(), cancellationToken);
        var files = ImmutableArray.CreateBuilder<AnnotatedFile>();
        foreach (var (documentId, documentDiagnostics) in byDocument.OrderBy(pair => project.GetDocument(pair.Key)!.FilePath, StringComparer.Ordinal))
        {
            var before = project.GetDocument(documentId)!;
            var after = fixedSolution.GetDocument(documentId);
            if (after is null)
            {
                continue;
            }

            var newText = (await after.GetTextAsync(cancellationToken)).ToString();
            if (newText != (await before.GetTextAsync(cancellationToken)).ToString())
            {
                files.Add(new AnnotatedFile(before.FilePath!, [.. documentDiagnostics.Select(Describe)], newText));
            }
        }

        return files.ToImmutable();
    }

    private async Task<Solution> FixAllAsync(
        Project project, ImmutableDictionary<DocumentId, ImmutableArray<Diagnostic>> byDocument, CancellationToken cancellationToken)
    {
        // The fix's first suggestion is the mark ([Pii(Kind = …)]); its second, [NotPii], is a person's decision.
        var (firstId, firstDiagnostics) = byDocument.First();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(
            project.GetDocument(firstId)!, firstDiagnostics[0], (action, _) => actions.Add(action), cancellationToken);
        await _fixer.RegisterCodeFixesAsync(context);
        var markKey = actions[0].EquivalenceKey;

        var fixAll = new FixAllContext(
            project, _fixer, FixAllScope.Project, markKey, [RuleIdentifiers.UnmarkedPii], new FixedDiagnostics(byDocument), cancellationToken);
        var fix = await _fixer.GetFixAllProvider().GetFixAsync(fixAll);
        if (fix is null)
        {
            return project.Solution;
        }

        var operations = await fix.GetOperationsAsync(cancellationToken);
        return operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution ?? project.Solution;
    }

    /// <summary>A file of the project itself: on disk, under the project's folder, not build output (linked files belong elsewhere).</summary>
    private static bool IsOwnSource(Project project, string path)
    {
        if (project.FilePath is null || !File.Exists(path))
        {
            return false;
        }

        var relative = Path.GetRelativePath(Path.GetDirectoryName(project.FilePath)!, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
               && !relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(segment => segment is "bin" or "obj");
    }

    private static AddedMark Describe(Diagnostic diagnostic)
    {
        var member = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'') is { Length: > 2 } parts ? parts[1] : "";
        var kind = diagnostic.Properties.TryGetValue(UnmarkedPiiAnalyzer.KindProperty, out var value) && value is not null ? value : "Other";
        return new AddedMark(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, member, kind);
    }
}
