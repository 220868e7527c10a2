namespace Allio.PiiGuard.Generators.Tests.Shapes;

/// <summary>
/// One type shape: its source (with a global <c>Probe.Create()</c> that builds an instance holding
/// <see cref="ShapeCatalog.Secret"/> in its personal members) and what the generator should say about it.
/// </summary>
/// <param name="Name">Readable test-case name.</param>
/// <param name="Source">C# source.</param>
/// <param name="ExpectedDiagnostics">Generator diagnostic ids expected, in any order.</param>
/// <param name="HasHooks">False when the generator must leave the type alone.</param>
/// <param name="ErasesEverything">False when some personal member cannot be erased (PIIG001).</param>
public sealed record Shape(string Name, string Source, string[] ExpectedDiagnostics, bool HasHooks = true, bool ErasesEverything = true)
{
    public override string ToString() => Name;
}
