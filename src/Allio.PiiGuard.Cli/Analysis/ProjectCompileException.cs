namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>A project loaded but cannot be compiled meaningfully (e.g. no framework references); the message says why.</summary>
public sealed class ProjectCompileException(string message) : Exception(message);
