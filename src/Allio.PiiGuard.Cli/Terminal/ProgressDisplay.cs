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

    private sealed class SilentProgress : IScanProgress
    {
        public static readonly SilentProgress Instance = new();

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
        private readonly ProgressTask loading = context.AddTask("Loading projects").IsIndeterminate();
        private int loaded;
        private ProgressTask? analysing;

        public void ProjectLoaded(string projectName)
        {
            var count = Interlocked.Increment(ref loaded);
            loading.Description = $"Loaded {count} project(s): {Markup.Escape(projectName)}";
        }

        public void AnalysisStarted(int projectCount, int documentCount)
        {
            loading.IsIndeterminate(false).Value(loading.MaxValue);
            loading.StopTask();
            analysing = context.AddTask($"Analysing {documentCount} document(s) in {projectCount} project(s)", maxValue: Math.Max(1, documentCount));
        }

        public void ProjectAnalysed(string projectName, int documentCount) =>
            analysing?.Increment(documentCount);
    }
}
