namespace Allio.PiiGuard.Generators.Model;

/// <summary>A type the assembly's registry lists.</summary>
/// <param name="Key">Its hint name, which orders the registry as it always has.</param>
/// <param name="FullyQualifiedName"><c>global::</c> name the registry writes.</param>
internal readonly record struct RegisteredType(string Key, string FullyQualifiedName);
