using Spectre.Console;

namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>Runs work under a live Spectre progress display on a terminal, silently otherwise (CI logs stay clean).</summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress sink suited to <paramref name="writer"/>.</summary>
    public static async Task<T> RunAsync<T>(TextWriter writer, Func<IScanProgress, Task<T>> work)
    {
        if (!Consoles.IsTerminal(writer))
        {
            return await work(SilentProgress.Instance);
        }

        return await Consoles.For(writer)
            .Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(context => work(new SpectreProgress(context)));
    }

    internal sealed class SilentProgress : IScanProgress
    {
        public static readonly SilentProgress Instance = new();

        public void RestoreStarted(int fileCount)
        {
        }

        public void ProjectLoaded(string projectName)
        {
        }

        public void AnalysisStarted(int projectCount, int documentCount)
        {
        }

        public void ProjectAnalysed(string projectName, int documentCount)
        {
        }
    }

    private sealed class SpectreProgress(ProgressContext context) : IScanProgress
    {
        private ProgressTask? restoring;
        private ProgressTask? loadingTask;
        private int loaded;
        private ProgressTask? analysing;

        private ProgressTask Loading => loadingTask ??= Finish(restoring, context.AddTask("Loading projects with MSBuild").IsIndeterminate());

        public void RestoreStarted(int fileCount) =>
            restoring = context.AddTask($"Restoring {fileCount} file(s) (dotnet restore)").IsIndeterminate();

        /// <summary>Marks the previous stage done as the next one starts.</summary>
        private static ProgressTask Finish(ProgressTask? previous, ProgressTask next)
        {
            previous?.IsIndeterminate(false).Value(previous.MaxValue).StopTask();
            return next;
        }

        public void ProjectLoaded(string projectName)
        {
            var count = Interlocked.Increment(ref loaded);
            Loading.Description = $"Loaded {count} project(s): {Markup.Escape(projectName)}";
        }

        public void AnalysisStarted(int projectCount, int documentCount)
        {
            analysing = Finish(Loading, context.AddTask($"Analysing {documentCount} document(s) in {projectCount} project(s)", maxValue: Math.Max(1, documentCount)));
        }

        public void ProjectAnalysed(string projectName, int documentCount) =>
            analysing?.Increment(documentCount);
    }
}
