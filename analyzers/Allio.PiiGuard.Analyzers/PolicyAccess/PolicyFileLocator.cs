using System;
using System.Collections.Generic;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>
/// Finds the policy among a project's additional files: the one named by the <c>PiiGuardPolicyFile</c>
/// MSBuild property (passed by the package's props), else one named <c>piiguard.json</c>.
/// </summary>
/// <remarks>Shared by the analyzers (<c>AdditionalText</c>) and the code fixes (<c>TextDocument</c>), so both pick the same file.</remarks>
internal static class PolicyFileLocator
{
    /// <summary>The analyzer-config key under which the compiler sees the MSBuild property.</summary>
    public const string PolicyFileProperty = "build_property.PiiGuardPolicyFile";

    /// <summary>The file name the project is expected to pass: the configured one, else <c>piiguard.json</c>.</summary>
    public static string ExpectedName(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue(PolicyFileProperty, out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : PiiPolicyLoader.FileName;

    /// <summary>The policy file among <paramref name="files"/>, or default when there is none.</summary>
    public static T? Find<T>(IEnumerable<T> files, Func<T, string?> pathOf, AnalyzerConfigOptionsProvider options)
        where T : class
    {
        var expected = Normalize(ExpectedName(options));
        var expectedFileName = FileName(expected);
        T? sameFileName = null;
        foreach (var file in files)
        {
            var path = Normalize(pathOf(file) ?? string.Empty);
            if (string.Equals(path, expected, StringComparison.OrdinalIgnoreCase)
                || path.EndsWith("/" + expected, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }

            // A relative property such as "../shared/piiguard.json" reaches the compiler as a full path
            // that no longer ends with it: fall back to the file name.
            if (sameFileName is null && string.Equals(FileName(path), expectedFileName, StringComparison.OrdinalIgnoreCase))
            {
                sameFileName = file;
            }
        }

        return sameFileName;
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized.Substring(2) : normalized;
    }

    private static string FileName(string normalizedPath) =>
        normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);
}
