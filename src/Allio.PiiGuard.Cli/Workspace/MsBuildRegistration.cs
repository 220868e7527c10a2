using Microsoft.Build.Locator;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>Points the process at the installed SDK's MSBuild (the tool ships none of its own).</summary>
public static class MsBuildRegistration
{
    private static readonly Lock Gate = new();

    /// <summary>
    /// Registers the newest SDK once. Must run before any method that uses a Microsoft.Build or
    /// MSBuildWorkspace type is compiled by the JIT, or the wrong assemblies load.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }
}
