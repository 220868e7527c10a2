using System.Reflection;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>How reports name the tool.</summary>
public static class ToolInfo
{
    /// <summary>SARIF driver name.</summary>
    public const string Name = "PiiGuard";

    /// <summary>Where the tool is documented.</summary>
    public const string InformationUri = "https://github.com/allio-llc/Allio.PiiGuard";

    /// <summary>The package version; the <c>+commit</c> suffix is dropped so a rebuild does not change reports.</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
