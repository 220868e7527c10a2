using NJsonSchema;

namespace Allio.PiiGuard.Cli.Tests.Reports;

/// <summary>The official SARIF 2.1.0 schema shipped as a test asset (no network at test time).</summary>
public static class SarifSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "sarif-schema-2.1.0.json")));

    /// <summary>Validation errors of <paramref name="sarif"/>, as readable lines (empty when valid).</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string sarif)
    {
        var schema = await Schema.Value;
        return [.. schema.Validate(sarif).Select(error => $"{error.Path}: {error.Kind} ({error})")];
    }
}
