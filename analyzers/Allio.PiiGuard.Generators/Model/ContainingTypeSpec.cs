namespace Allio.PiiGuard.Generators.Model;

/// <summary>A type the generated type is nested in, re-declared as <c>partial</c> around the generated part.</summary>
/// <param name="Keyword"><c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">Its name with type parameters (<c>Outer&lt;T&gt;</c>).</param>
internal readonly record struct ContainingTypeSpec(string Keyword, string Name);
