using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Tests.Infrastructure;
using Allio.PiiGuard.LargeSolution.SourceSet;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// The policy files each source is analyzed under: missing (<see langword="null"/>), valid, and broken in the
/// ways a file being edited is broken (truncated, wrong shapes, wrong types, nulls, odd encodings).
/// </summary>
public static class PolicyVariants
{
    public static ImmutableArray<string?> All { get; } = Create();

    private static ImmutableArray<string?> Create()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "Allio.Crm", "piiguard.json"));
        return
        [
            null,
            sample,
            LargeAppPolicy.Json,
            sample[..(sample.Length / 2)],
            "",
            "{",
            "[1, 2]",
            "{ \"jurisdiction\": 7, \"crossBorderTransfers\": [], \"purposes\": {}, \"stores\": [ { \"id\": 5 }, null ] }",
            "{ \"purposes\": [ null, { \"id\": null }, { \"id\": \"\" } ], \"recipients\": [ { \"id\": \"x\", \"kinds\": [1, null, \"NoSuchKind\"], \"purposes\": null } ], \"subjects\": null }",
            "{ \"jurisdiction\": \"RU\", \"jurisdiction\": \"DE\", \"stores\": [ { \"id\": \"crm-db\", \"country\": \"Germany\" }, { \"id\": \"crm-db\" } ] }",
            "\uFEFF{ \"jurisdiction\": \"RU\" } \u0000 trailing",
            new string('[', 5000),
            "{ \"controller\": \"\\ud800\\u00\", \"adequateCountries\": [\"BY\", 1e999, -0, true] }",
        ];
    }
}
