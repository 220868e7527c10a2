namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>One file of the generated source set: its path relative to the project folder and its text.</summary>
public sealed record GeneratedFile(string RelativePath, string Text);
