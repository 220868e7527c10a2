using System.CommandLine;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Annotation;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>
/// <c>piiguard annotate</c>: writes <c>[Pii(Kind = …)]</c> on every member PII006 reports (names classified as in
/// <c>scan --infer</c>), with PII006's own code fix; prints what it changes per file. A second run changes nothing.
/// </summary>
public static class AnnotateCommand
{
    /// <summary>Builds the command; its output goes to the given writers, its analyzers come from <paramref name="extensions"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<PiiGuardExtensions> extensions)
    {
        var common = new CommonOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the marks that would be written, change no file." };
        var command = new Command(
            "annotate",
            "Mark every member that looks like personal data with [Pii(Kind = ...)] (PII006's code fix), in the sources of a solution, project or folder.");
        command.Arguments.Add(common.Path);
        command.Options.Add(common.NoRestore);
        command.Options.Add(common.Property);
        command.Options.Add(dryRun);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            common.ReadSession(parsed), parsed.GetValue(dryRun), extensions, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        SessionRequest request, bool dryRun, Func<PiiGuardExtensions> extensions, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // The names PII006 classifies are the names inference uses: one table, so what scan --infer reports is what gets marked.
        request = request with { Properties = InferenceOption.TurnOn(request.Properties) };
        var files = new List<AnnotatedFile>();
        RepositoryPaths? paths = null;
        var exitCode = await ProjectOpener.RunAsync(request, error, async (loaded, target, progress) =>
        {
            paths = new RepositoryPaths(target.RepositoryRoot);
            var writer = new MarkWriter(extensions());
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in loaded.Projects.Where(project => project.FilePath is not null).DistinctBy(project => project.FilePath))
            {
                // A file shared by two projects is changed once, by the first.
                files.AddRange((await writer.AnnotateAsync(project, cancellationToken)).Where(file => seen.Add(file.Path)));
                progress.ProjectAnalysed(project.Name, project.DocumentIds.Count);
            }

            return ExitCodes.Success;
        }, cancellationToken);
        if (exitCode != ExitCodes.Success || paths is null)
        {
            return exitCode;
        }

        foreach (var file in files)
        {
            var written = !dryRun && SourceFile.WriteIfChanged(file.Path, file.NewText);
            if (dryRun || written)
            {
                await output.WriteLineAsync($"{paths.ToRelative(file.Path)}: {file.Marks.Length} mark(s){(dryRun ? " would be added" : " added")}");
                foreach (var mark in file.Marks)
                {
                    await output.WriteLineAsync($"  line {mark.Line}: {mark.Member} -> Kind = {mark.Kind}");
                }
            }
        }

        var total = files.Sum(file => file.Marks.Length);
        await output.WriteLineAsync(total == 0
            ? "Nothing to annotate: every member that looks like personal data is marked."
            : $"{total} mark(s) in {files.Count} file(s){(dryRun ? " would be added (dry run, no file changed)" : " added")}.");
        return ExitCodes.Success;
    }
}
