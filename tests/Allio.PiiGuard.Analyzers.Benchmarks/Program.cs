using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard;
using Allio.PiiGuard.Analyzers.Benchmarks;
using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

// Compile time of a generated code base with and without the PiiGuard analyzers.
// Usage: dotnet run -c Release --project tests/Allio.PiiGuard.Analyzers.Benchmarks [units=500] [runs=3]
var units = args.Length > 0 ? int.Parse(args[0]) : 500;
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;

var files = CodeBaseGenerator.Generate(units);
var lines = files.Sum(f => f.Split('\n').Length);
Console.WriteLine($"Generated {files.Count} files, {lines:N0} lines");

ImmutableArray<MetadataReference> references =
[
    .. Basic.Reference.Assemblies.Net100.References.All,
    MetadataReference.CreateFromFile(typeof(PiiAttribute).Assembly.Location),
    MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location),
    MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location),
];
var analyzers = typeof(PiiInLogAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var baseline = new EmptyOperationAnalyzer();

CSharpCompilation NewCompilation() => CSharpCompilation.Create(
    "Crm",
    files.Select((text, i) => CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), path: $"Module{i}.cs")),
    references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

// Warm-up: JIT the compiler and the analyzers once.
_ = NewCompilation().GetDiagnostics();
_ = await NewCompilation().WithAnalyzers(analyzers.Add(new EmptyOperationAnalyzer())).GetAnalyzerDiagnosticsAsync();

var compileTimes = new List<double>();
var emitTimes = new List<double>();
var analyzerTimes = new List<double>();
var wallTimes = new List<double>();
var baselineTimes = new List<double>();
var perAnalyzer = new Dictionary<string, List<double>>();
var findings = 0;
for (var run = 0; run < runs; run++)
{
    // Compiler alone: bind everything and report (what `csc` does before emit), then emit.
    var compilation = NewCompilation();
    var watch = Stopwatch.StartNew();
    var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    compileTimes.Add(watch.Elapsed.TotalMilliseconds);
    if (errors > 0)
    {
        Console.WriteLine(string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return 1;
    }

    watch.Restart();
    using (var stream = new MemoryStream())
    {
        compilation.Emit(stream);
    }

    emitTimes.Add(watch.Elapsed.TotalMilliseconds);

    // Analyzers on a fresh compilation, each timed by the driver.
    var withAnalyzers = NewCompilation().WithAnalyzers(analyzers.Add(baseline), new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
        concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    watch.Restart();
    var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
    wallTimes.Add(watch.Elapsed.TotalMilliseconds);
    findings = result.GetAllDiagnostics().Length;
    var total = 0.0;
    foreach (var analyzer in analyzers)
    {
        var time = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds;
        total += time;
        var name = analyzer.GetType().Name;
        if (!perAnalyzer.TryGetValue(name, out var list))
        {
            perAnalyzer[name] = list = new List<double>();
        }

        list.Add(time);
    }

    analyzerTimes.Add(total);
    baselineTimes.Add(result.AnalyzerTelemetryInfo[baseline].ExecutionTime.TotalMilliseconds);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

var compile = Median(compileTimes);
var emit = Median(emitTimes);
var analysis = Median(analyzerTimes);
Console.WriteLine($"Runs: {runs} (medians), processors: {Environment.ProcessorCount}");
Console.WriteLine($"Compiler, bind + diagnostics:        {compile,10:N0} ms");
Console.WriteLine($"Compiler, emit:                      {emit,10:N0} ms");
Console.WriteLine($"Analyzers, summed execution time:    {analysis,10:N0} ms");
foreach (var (name, times) in perAnalyzer.OrderByDescending(p => Median(p.Value)))
{
    Console.WriteLine($"  {name,-34} {Median(times),10:N1} ms");
}

Console.WriteLine($"  {"(empty operation analyzer, floor)",-34} {Median(baselineTimes),10:N1} ms");
Console.WriteLine($"Analyzer driver wall time (binds too): {Median(wallTimes),8:N0} ms");
Console.WriteLine($"Findings: {findings}");
Console.WriteLine($"Analyzers' share of compile time:    {100 * analysis / (compile + emit + analysis),9:N1} %  (of bind + emit + analysis)");
Console.WriteLine($"Analyzers' time relative to binding: {100 * analysis / compile,9:N1} %");
return 0;
