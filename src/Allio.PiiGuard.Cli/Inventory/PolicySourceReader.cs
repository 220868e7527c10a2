using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Cli.Reporting;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// Reads the policy a project's analyzers read, through the analyzers' own <see cref="PolicyContext"/>: the same
/// locator (<c>&lt;PiiGuardPolicyFile&gt;</c>, else <c>piiguard.json</c>), the same loader, the same model.
/// </summary>
public static class PolicySourceReader
{
    /// <summary>The policy of the first project (in path order) that passes one.</summary>
    public static Task<PolicySource> ReadAsync(IEnumerable<Project> projects, RepositoryPaths paths, CancellationToken cancellationToken)
    {
        foreach (var project in projects)
        {
            var context = PolicyContext.Get(project.AnalyzerOptions, cancellationToken);
            if (context.File is { } file)
            {
                var path = paths.ToRelative(file.Path);
                return Task.FromResult(new PolicySource(
                    path,
                    [.. context.Problems.Select(problem => $"{path}({problem.Line},{problem.Column}): {problem.Code}: {problem.Message}")])
                {
                    Policy = context.Policy,
                });
            }
        }

        return Task.FromResult(PolicySource.None);
    }
}
