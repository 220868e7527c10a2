namespace Allio.PiiGuard.Generators.Model;

/// <summary>What parsing one type yields: the type to generate (null when it cannot be) and diagnostics.</summary>
/// <param name="Key">The type's identity: its hint name.</param>
/// <param name="Type">The type to generate, or null.</param>
/// <param name="Diagnostics">Generator-specific problems found.</param>
internal readonly record struct ParseResult(string Key, TypeSpec? Type, EquatableArray<DiagnosticInfo> Diagnostics);
