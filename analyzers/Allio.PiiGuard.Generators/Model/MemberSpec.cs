namespace Allio.PiiGuard.Generators.Model;

/// <summary>A field or property the generated code reads, prints, erases or describes.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="TypeName">Its type, fully qualified with nullable annotations.</param>
/// <param name="StorageName">What generated code inside the type reads and writes: the member, or the backing field of an audited partial property (so printing and erasing do not report reads).</param>
/// <param name="PersonalData">Its marks, or null for a member that is not personal data.</param>
/// <param name="IsPrinted">Printed by <c>ToString()</c>: public and readable, or personal (as a marker); not when a generated base prints it.</param>
/// <param name="IsDescribed">Part of the type's descriptor: personal and accessible from the type.</param>
/// <param name="IsHandled">Erased and exported by this type (a generated base handles its own).</param>
/// <param name="ErasedValue">The expression erasure assigns, or null when the member cannot be written.</param>
/// <param name="DescriptorSetterTarget">What the descriptor's setter assigns, or null when it cannot.</param>
/// <param name="AppendsDirectly">True for strings and primitives, which <c>StringBuilder.Append</c> writes without help.</param>
/// <param name="IsNested">A container's member holding types with hooks: its export adds theirs.</param>
internal readonly record struct MemberSpec(
    string Name,
    string TypeName,
    string StorageName,
    PersonalDataSpec? PersonalData,
    bool IsPrinted,
    bool IsDescribed,
    bool IsHandled,
    string? ErasedValue,
    string? DescriptorSetterTarget,
    bool AppendsDirectly,
    bool IsNested);
