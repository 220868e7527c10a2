namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>The scan target is unusable; the message says why in words for the user.</summary>
public sealed class ScanTargetException(string message) : Exception(message);
