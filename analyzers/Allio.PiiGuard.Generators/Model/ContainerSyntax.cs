namespace Allio.PiiGuard.Generators.Model;

/// <summary>A partial type declaration as syntax tells it, for finding containers without binding.</summary>
/// <param name="MetadataName">Its metadata name (<c>Ns.Outer+Team`1</c>).</param>
/// <param name="Name">Its simple name, which other declarations spell.</param>
/// <param name="MemberTypeNames">The simple names its instance fields', properties' and parameters' types spell, sorted.</param>
internal readonly record struct ContainerSyntax(string MetadataName, string Name, EquatableArray<string> MemberTypeNames);
