using Allio.PiiGuard.Cli;
using Allio.PiiGuard.Cli.Workspace;

// MSBuild must be located before any type that touches Microsoft.Build is loaded, so this runs first.
MsBuildRegistration.EnsureRegistered();
return await PiiGuardApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
