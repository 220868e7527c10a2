using System.Runtime.InteropServices;

namespace Allio.PiiGuard.Cli.Workspace.Buildless;

/// <summary>
/// The framework's reference assemblies from the packs of the dotnet installation the tool runs on
/// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net*/</c>, and <c>Microsoft.AspNetCore.App.Ref</c> for web projects).
/// The newest pack serves every project: a reviewer's scan needs the API shapes, not the exact target.
/// </summary>
public sealed class ReferencePacks(string dotnetRoot)
{
    /// <summary>The pack of the base framework.</summary>
    public const string NetCore = "Microsoft.NETCore.App.Ref";

    /// <summary>The pack of ASP.NET Core.</summary>
    public const string AspNetCore = "Microsoft.AspNetCore.App.Ref";

    /// <summary>The installation the running tool belongs to (<c>&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>), or <c>DOTNET_ROOT</c>.</summary>
    public static ReferencePacks ForRunningDotnet()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        var root = runtime.Parent?.Parent?.Parent?.FullName;
        if (root is null || !Directory.Exists(Path.Combine(root, "packs")))
        {
            root = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? root ?? "";
        }

        return new ReferencePacks(root);
    }

    /// <summary>The reference assemblies of <paramref name="pack"/> (empty when the pack is not installed).</summary>
    public IReadOnlyList<string> Assemblies(string pack)
    {
        var packFolder = Path.Combine(dotnetRoot, "packs", pack);
        if (!Directory.Exists(packFolder))
        {
            return [];
        }

        foreach (var version in Directory.EnumerateDirectories(packFolder).OrderByDescending(folder => VersionOf(folder)))
        {
            var refFolder = Path.Combine(version, "ref");
            if (!Directory.Exists(refFolder))
            {
                continue;
            }

            var best = Directory.EnumerateDirectories(refFolder).OrderByDescending(TargetFrameworks.Rank).FirstOrDefault();
            if (best is not null)
            {
                return [.. Directory.EnumerateFiles(best, "*.dll").Order(StringComparer.Ordinal)];
            }
        }

        return [];
    }

    /// <summary>The version a pack or package folder is named after (pre-release tags ignored); 0.0 for other names.</summary>
    internal static Version VersionOf(string folder) =>
        Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var version) ? version : new Version(0, 0);
}
