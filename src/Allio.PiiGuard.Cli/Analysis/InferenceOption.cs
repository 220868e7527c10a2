using Allio.PiiGuard.Cli.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>
/// Name inference (<c>scan --infer</c>): the analyzers read it as the build property <c>PiiGuardInference</c>, which
/// the package declares compiler-visible. A scanned project need not reference the package, so the tool hands the
/// value to the analyzers itself, through a global analyzer config that outranks the build's own.
/// </summary>
public static class InferenceOption
{
    /// <summary>The MSBuild property (<c>-p:PiiGuardInference=names</c>).</summary>
    public const string PropertyName = "PiiGuardInference";

    /// <summary>The value that turns inference from names on.</summary>
    public const string Names = "names";

    /// <summary>The key analyzers read from the global options.</summary>
    public const string OptionKey = "build_property." + PropertyName;

    /// <summary>The diagnostic property by which a rule says its source was inferred from a name, not marked.</summary>
    public const string InferredProperty = "inferred";

    /// <summary>The name of the in-memory config document; it is never written to disk.</summary>
    private const string ConfigFileName = "piiguard-cli.globalconfig";

    /// <summary>Above any level a build or a user sets, so the command line wins as <c>-p:</c> wins in a build.</summary>
    private const int GlobalLevel = 10_000;

    /// <summary>The value <paramref name="properties"/> set for inference, if any.</summary>
    public static string? ValueIn(BuildProperties properties) =>
        properties.Values.TryGetValue(PropertyName, out var value) ? value : null;

    /// <summary><paramref name="properties"/> with inference from names turned on.</summary>
    public static BuildProperties TurnOn(BuildProperties properties) => properties.With(PropertyName, Names);

    /// <summary>
    /// The solution with the inference setting of <paramref name="properties"/> visible to the analyzers of every C#
    /// project (unchanged when unset); one fork for all, so referenced projects compile once.
    /// </summary>
    public static Solution ApplyTo(Solution solution, BuildProperties properties)
    {
        if (ValueIn(properties) is not { } value)
        {
            return solution;
        }

        var text = SourceText.From($"is_global = true\nglobal_level = {GlobalLevel}\n{OptionKey} = {value}\n");
        foreach (var projectId in solution.ProjectIds)
        {
            var project = solution.GetProject(projectId)!;
            if (project.Language == LanguageNames.CSharp)
            {
                var folder = Path.GetDirectoryName(project.FilePath) ?? Path.GetTempPath();
                solution = project.AddAnalyzerConfigDocument(ConfigFileName, text, filePath: Path.Combine(folder, ConfigFileName)).Project.Solution;
            }
        }

        return solution;
    }

    /// <summary>True when the diagnostic's source was inferred from a name.</summary>
    public static bool IsInferred(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(InferredProperty, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
