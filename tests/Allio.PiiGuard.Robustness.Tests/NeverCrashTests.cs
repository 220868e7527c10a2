using System.Collections.Concurrent;
using Allio.PiiGuard.Robustness.Tests.Corpus;
using Allio.PiiGuard.Robustness.Tests.Harness;
using Xunit.Abstractions;

namespace Allio.PiiGuard.Robustness.Tests;

/// <summary>
/// No PiiGuard analyzer or generator throws, whatever the code and the policy: every corpus document unmutated,
/// then seeded mutations of them (one to three stacked), each under one of the policy variants.
/// CI runs <see cref="CiMutations"/> mutations; set <c>PIIGUARD_FUZZ_ITERATIONS</c> for a longer run and
/// <c>PIIGUARD_FUZZ_SEED</c> to explore other mutations. Any crash is printed with its source to reproduce it.
/// </summary>
public sealed class NeverCrashTests(ITestOutputHelper output)
{
    private const int CiMutations = 200;
    private const int DefaultSeed = 20261124;

    [Fact]
    public async Task No_analyzer_or_generator_throws_on_the_corpus_and_its_mutations()
    {
        var corpus = RepositoryCorpus.Load();
        Assert.True(corpus.Length > 200, $"only {corpus.Length} corpus documents: is the repository found?");
        var mutations = EnvironmentNumber("PIIGUARD_FUZZ_ITERATIONS") ?? CiMutations;
        var seed = EnvironmentNumber("PIIGUARD_FUZZ_SEED") ?? DefaultSeed;
        var policies = PolicyVariants.All;
        var harness = new CrashHarness();
        var kinds = new ConcurrentDictionary<MutationKind, int>();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, corpus.Length + mutations),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            async (run, cancellationToken) =>
            {
                if (run < corpus.Length)
                {
                    await harness.RunAsync(corpus[run], policies[run % policies.Length], cancellationToken);
                    return;
                }

                var random = new Random(unchecked((seed * 397) ^ run));
                var document = corpus[random.Next(corpus.Length)];
                var text = document.Text;
                var stacked = 1 + random.Next(3);
                for (var step = 0; step < stacked; step++)
                {
                    (var kind, text) = SourceMutator.Mutate(text, random);
                    kinds.AddOrUpdate(kind, 1, (_, count) => count + 1);
                }

                await harness.RunAsync(document.WithText($"{document.Name} (seed {seed}, run {run})", text), policies[random.Next(policies.Length)], cancellationToken);
            });

        output.WriteLine($"{harness.AnalyzerCount} analyzers, {harness.GeneratorCount} generators, {policies.Length} policy variants, seed {seed}");
        output.WriteLine($"{corpus.Length} corpus documents, {mutations} mutated documents ({kinds.Values.Sum()} mutations: "
            + string.Join(", ", kinds.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}")) + ")");
        Assert.True(harness.Crashes.IsEmpty, $"{harness.Crashes.Count} crashes:\n\n" + string.Join("\n\n", harness.Crashes.Take(3)));
    }

    private static int? EnvironmentNumber(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;
}
