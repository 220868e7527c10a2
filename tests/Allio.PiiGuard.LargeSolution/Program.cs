using Allio.PiiGuard.LargeSolution.Analysis;
using Allio.PiiGuard.LargeSolution.SourceSet;

// write <folder> [--domains N] [--strip-marks]
//                                     writes the large application (4 files per domain) and the projects that compile it;
//                                     --strip-marks removes every PiiGuard mark and adds a project in inference mode
// ide [--domains N] [--edits N]       measures the analyzers' and generator's cost per edited document
// whole [--domains N] [--runs N] [--sequential] [--strip-marks] [--infer] [--dump FILE]
//                                     measures what the analyzers add to the analysis of the whole project, in process;
//                                     --strip-marks removes every PiiGuard mark first, --infer turns inference mode on,
//                                     --dump writes every finding (id, place, message) to FILE, sorted, to diff two builds
// hooks [--domains N] [--runs N] [--baseline dll]
//                                     measures what compiling the generator's hooks costs, in process (compile and emit, no analyzers);
//                                     --baseline also compiles the hooks another build of the generator assembly writes, alternately
// generator [--domains N] [--runs N] [--baseline dll]
//                                     times one batch run of the generator (process CPU, wall, per tracked step), in process;
//                                     --baseline runs another build of the generator assembly alternately with this one
var command = args.FirstOrDefault();
var domains = Option("--domains", 250);
switch (command)
{
    case "write" when args.Length > 1:
        var (files, lines) = ProjectWriter.Write(Path.GetFullPath(args[1]), domains, RepositoryRoot(), args.Contains("--strip-marks"));
        Console.WriteLine($"wrote {files} files, {lines} lines to {Path.GetFullPath(args[1])}");
        return 0;
    case "ide":
        await IdeCostMeasurement.RunAsync(domains, Option("--edits", 30), Console.Out);
        return 0;
    case "whole":
        await WholeProjectMeasurement.RunAsync(
            domains, Option("--runs", 3), args.Contains("--sequential"), Console.Out, args.Contains("--strip-marks"), args.Contains("--infer"),
            StringOption("--dump"));
        return 0;
    case "hooks":
        HooksCompileCost.Run(domains, Option("--runs", 9), StringOption("--baseline"), Console.Out);
        return 0;
    case "generator":
        GeneratorBatchCost.Run(domains, Option("--runs", 9), StringOption("--baseline"), Console.Out);
        return 0;
    default:
        Console.Error.WriteLine("usage: write <folder> [--domains N] [--strip-marks] | ide [--domains N] [--edits N] | whole [--domains N] [--runs N] [--sequential] [--strip-marks] [--infer] [--dump FILE] | hooks [--domains N] [--runs N] [--baseline dll] | generator [--domains N] [--runs N] [--baseline dll]");
        return 2;
}

string? StringOption(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Allio.PiiGuard.sln not found above " + AppContext.BaseDirectory);
}
