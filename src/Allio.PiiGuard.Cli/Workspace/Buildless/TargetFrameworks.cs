namespace Allio.PiiGuard.Cli.Workspace.Buildless;

/// <summary>Orders target framework folders of packages and packs: the newest .NET first, then .NET Standard, then the rest.</summary>
public static class TargetFrameworks
{
    /// <summary>Higher is better for a modern .NET compilation; 0 for folders that cannot serve it (.NET Framework, portable, mobile).</summary>
    public static int Rank(string folder)
    {
        var name = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
        if (name.Contains('-', StringComparison.Ordinal))
        {
            // Platform-specific (net8.0-windows, net8.0-android): only as a last resort.
            return 1;
        }

        if (name.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return 1000 + Number(name["netstandard".Length..]);
        }

        if (name.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return 2000 + Number(name["netcoreapp".Length..]);
        }

        // net5.0 and later; net48 and the like have no dot and are .NET Framework.
        return name.StartsWith("net", StringComparison.Ordinal) && name.Contains('.', StringComparison.Ordinal)
            ? 3000 + Number(name[3..])
            : 0;
    }

    /// <summary>"2.1" → 21, "10.0" → 100.</summary>
    private static int Number(string version)
    {
        var parts = version.Split('.');
        var major = parts.Length > 0 && int.TryParse(parts[0], out var first) ? first : 0;
        var minor = parts.Length > 1 && int.TryParse(parts[1], out var second) ? second : 0;
        return Math.Min(major, 99) * 10 + Math.Min(minor, 9);
    }
}
