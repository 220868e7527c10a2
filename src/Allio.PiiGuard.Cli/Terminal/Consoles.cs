using Spectre.Console;

namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>Builds Spectre consoles over the writers the app was given, plain text when they are not a terminal.</summary>
public static class Consoles
{
    /// <summary>A console writing to <paramref name="writer"/>; colours and live widgets only for a real, unredirected terminal.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = IsTerminal(writer);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    /// <summary>True when the writer is the process's own stdout/stderr and that is not redirected.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
