using System.CommandLine;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;

namespace Allio.PiiGuard.Cli;

/// <summary>The command tree of the <c>piiguard</c> tool; callable in-process so tests run the real thing.</summary>
public static class PiiGuardApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, PiiGuardExtensions.Load, cancellationToken);

    /// <summary>As above, with the analyzers to run supplied by the caller (tests add a rule that always has something to find).</summary>
    internal static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<PiiGuardExtensions> extensions, CancellationToken cancellationToken)
    {
        var root = new RootCommand("PiiGuard: find personal data leaks and build the record of processing from C# code.")
        {
            ScanCommand.Create(output, error, extensions),
            InventoryCommand.Create(output, error, extensions),
            AnnotateCommand.Create(output, error, extensions),
            InitCommand.Create(output, error, extensions),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine answers 1 for parse errors; 1 means "findings" here, so usage errors get their own code.
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            return ExitCodes.InvalidInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
