using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Allio.PiiGuard.Benchmarks -- --job short --filter *`
BenchmarkSwitcher.FromAssembly(typeof(Allio.PiiGuard.Benchmarks.RedactedToStringBenchmarks).Assembly).Run(args);
