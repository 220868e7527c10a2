namespace Allio.PiiGuard.Generators.Model;

/// <summary>Everything the emitter needs to write one type's hooks; equatable, so unchanged types are cached.</summary>
/// <param name="HintName">A unique file name for the generated source.</param>
/// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Outer types, outermost first.</param>
/// <param name="Keyword"><c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
/// <param name="Name">The name with type parameters, as declared (<c>Box&lt;T&gt;</c>).</param>
/// <param name="DisplayName">The name <c>ToString()</c> prints (records print it without type arguments).</param>
/// <param name="FullyQualifiedName"><c>global::</c> name with type parameters.</param>
/// <param name="Shape">Which modifiers the generated members take.</param>
/// <param name="GenerateToString">False when the type writes its own <c>ToString()</c>.</param>
/// <param name="PrintMembersModifiers">Modifiers of the generated record <c>PrintMembers</c>, or null when none is generated.</param>
/// <param name="IsRegistered">True when the assembly's registry can name the type (non-generic, not private).</param>
/// <param name="Members">Members in declaration order, base type first.</param>
/// <param name="AuditedProperties">Partial properties to implement with audit calls.</param>
/// <param name="IsContainer">No personal members of its own, only members holding types with hooks: redaction and export only.</param>
internal readonly record struct TypeSpec(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Keyword,
    string Name,
    string DisplayName,
    string FullyQualifiedName,
    HookShape Shape,
    bool GenerateToString,
    string? PrintMembersModifiers,
    bool IsRegistered,
    EquatableArray<MemberSpec> Members,
    EquatableArray<AuditedPropertySpec> AuditedProperties,
    bool IsContainer);

/// <summary>How the generated instance members relate to the type's base.</summary>
internal enum HookShape
{
    /// <summary>A class whose base has no hooks: members are declared virtual.</summary>
    Root,
    /// <summary>A struct or sealed class: members are not virtual.</summary>
    Final,
    /// <summary>A class whose base has generated hooks: members override them.</summary>
    Derived,
}
