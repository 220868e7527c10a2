using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>What to load and how, as <c>scan</c> and <c>inventory</c> read it from the command line.</summary>
/// <param name="Path">Solution, project or folder.</param>
/// <param name="Restore">Run <c>dotnet restore</c> first (no <c>--no-restore</c>).</param>
/// <param name="Properties">MSBuild global properties for the restore and the load (<c>--property</c>; <c>--infer</c> adds one).</param>
/// <param name="Buildless">Parse and compile the sources without MSBuild or restore (<c>--buildless</c>).</param>
public sealed record SessionRequest(string Path, bool Restore, BuildProperties Properties, bool Buildless = false);
