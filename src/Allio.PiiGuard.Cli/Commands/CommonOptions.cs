using System.CommandLine;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Arguments and options shared by <c>scan</c> and <c>inventory</c>.</summary>
public sealed class CommonOptions
{
    /// <summary>The default report directory, relative to the current directory.</summary>
    public const string DefaultOutputDirectory = "piiguard-reports";

    /// <summary>Solution, project or folder; the current folder when omitted.</summary>
    public Argument<string> Path { get; } = new("path")
    {
        Description = "A solution (.sln, .slnx), a C# project (.csproj), or a folder holding one solution or several projects.",
        DefaultValueFactory = _ => ".",
    };

    /// <summary>Report formats.</summary>
    public Option<string[]> Format { get; } = new("--format", "-f")
    {
        Description = "Report files to write: sarif, json, md, html (comma-separated or repeated; 'all' for every one). Default: none, or all when --out is given.",
        // One value per --format: a greedy option would take the path that follows it ('--format sarif MyApp.sln').
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Report directory.</summary>
    public Option<string> Out { get; } = new("--out", "-o")
    {
        Description = $"Directory for report files (created if missing). Default: {DefaultOutputDirectory}/ in the current directory.",
    };

    /// <summary>Opt-in time stamp, so reports stay byte-identical by default.</summary>
    public Option<bool> Timestamp { get; } = new("--timestamp")
    {
        Description = "Write the scan time into the reports (off by default so two scans give identical files).",
    };

    /// <summary>Skips <c>dotnet restore</c> (CI that restored already, offline machines).</summary>
    public Option<bool> NoRestore { get; } = new("--no-restore")
    {
        Description = "Do not run 'dotnet restore' before loading (the projects must be restored already).",
    };

    /// <summary>MSBuild global properties, as <c>dotnet build -p</c> takes them.</summary>
    public Option<BuildProperties> Property { get; } = new("--property", "-p")
    {
        Description = "An MSBuild property for the restore and the project load, as 'dotnet build -p' takes it: Name=Value (repeated, or Name=Value;Name2=Value2).",
        HelpName = "Name=Value",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var properties = BuildProperties.Parse(result.Tokens.Select(token => token.Value), out var error);
            if (properties is null)
            {
                result.AddError(error!);
            }

            return properties ?? BuildProperties.None;
        },
    };

    /// <summary>Language of the human-readable reports (the GDPR record is always English).</summary>
    public Option<string> Lang { get; } = CreateLang();

    /// <summary>Name inference: the build property <c>PiiGuardInference=names</c>.</summary>
    public Option<bool> Infer { get; } = new("--infer")
    {
        Description = "Treat members, parameters and methods whose names look like personal data as sources, as the build does with -p:PiiGuardInference=names.",
    };

    /// <summary>Reads the sources without MSBuild: nothing from the scanned repository runs.</summary>
    public Option<bool> Buildless { get; } = new("--buildless")
    {
        Description = "Analyse the sources without MSBuild evaluation or restore (one compilation per project folder, framework reference packs, "
                      + "packages from the local NuGet cache): no code of the repository runs, and repositories that do not restore can be reviewed.",
    };

    /// <summary>Reads the path, <c>--no-restore</c>, <c>--property</c>, <c>--infer</c> and <c>--buildless</c>: what to load and how.</summary>
    public SessionRequest ReadSession(ParseResult parsed)
    {
        var properties = parsed.GetValue(Property) ?? BuildProperties.None;
        return new(
            parsed.GetValue(Path)!,
            !parsed.GetValue(NoRestore),
            parsed.GetValue(Infer) ? Analysis.InferenceOption.TurnOn(properties) : properties,
            parsed.GetValue(Buildless));
    }

    /// <summary>Adds the shared arguments and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Timestamp);
        command.Options.Add(NoRestore);
        command.Options.Add(Property);
        command.Options.Add(Lang);
        command.Options.Add(Infer);
        command.Options.Add(Buildless);
    }

    /// <summary>The language <c>--lang</c> asked for, or null when it was not given (each report has its own default).</summary>
    public string? ReadLang(ParseResult parsed) => parsed.GetValue(Lang);

    private static Option<string> CreateLang()
    {
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the human-readable reports: ru or en. Default: English, but the 152-FZ notification draft in Russian (it is filed in Russian).",
        };
        lang.AcceptOnlyFromAmong("ru", "en");
        return lang;
    }
}
