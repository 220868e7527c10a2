using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Whether a project's result can be trusted: code that does not compile or lacks the vocabulary hides leaks.</summary>
/// <param name="Project">Repository-relative project path.</param>
/// <param name="HasVocabulary">True when the compilation sees <c>Allio.PiiGuard.PiiAttribute</c> (the package, its own copy, or the one the tool lends with <c>--infer</c> and <c>--buildless</c>); without it the rules are off.</param>
/// <param name="CompileErrorCount">The compiler's errors (0 when the analyzers did not run).</param>
/// <param name="FirstCompileErrors">The first of them, in the compiler's format.</param>
public sealed record ProjectHealth(string Project, bool HasVocabulary, int CompileErrorCount, ImmutableArray<string> FirstCompileErrors)
{
    /// <summary>How many errors per project the console and the reports list.</summary>
    public const int ErrorsShown = 5;

    /// <summary>One entry per project path: a project built for two frameworks is one project.</summary>
    public static ImmutableArray<ProjectHealth> Merge(IEnumerable<ProjectHealth> perFramework) =>
    [
        .. perFramework.GroupBy(health => health.Project, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var errors = group.SelectMany(health => health.FirstCompileErrors).Distinct().ToImmutableArray();
                return new ProjectHealth(
                    group.Key,
                    group.Any(health => health.HasVocabulary),
                    group.Max(health => health.CompileErrorCount),
                    [.. errors.Take(ErrorsShown)]);
            }),
    ];
}
