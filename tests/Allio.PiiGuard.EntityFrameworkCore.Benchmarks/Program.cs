using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Allio.PiiGuard.EntityFrameworkCore.Benchmarks -- --job short --filter *`
BenchmarkSwitcher.FromAssembly(typeof(Allio.PiiGuard.EntityFrameworkCore.Benchmarks.SubjectRightsBenchmarks).Assembly).Run(args);
