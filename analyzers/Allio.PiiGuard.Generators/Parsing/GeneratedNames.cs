namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>Names of the members the generator writes; a type that already declares one is skipped (PIIG002).</summary>
internal static class GeneratedNames
{
    public const string AppendRedacted = "AppendRedacted";
    public const string AppendMembers = "PiiAppendMembers";
    public const string Erase = "ErasePersonalData";
    public const string Export = "ExportPersonalData";
    public const string Descriptor = "PiiDescriptor";
    public const string PrintMembers = "PrintMembers";
    public const string ReadMember = "PiiReadMember";
    public const string WriteMember = "PiiWriteMember";
    public const string BackingFieldPrefix = "__pii_";

    /// <summary>Names that must be free in a type for its hooks to be generated.</summary>
    public static readonly string[] Reserved = [AppendRedacted, AppendMembers, Erase, Export, Descriptor, ReadMember, WriteMember];

    /// <summary>The runtime interfaces every generated type implements.</summary>
    public const string RedactableInterface = "Allio.PiiGuard.IPiiRedactable";

    /// <summary>The type of the newest runtime contract generated code uses: without it the runtime is too old for hooks.</summary>
    public const string NewestRuntimeContract = "Allio.PiiGuard.PiiRedaction";

    /// <summary>The member of <see cref="NewestRuntimeContract"/> that came last (a final type's whole printing).</summary>
    public const string NewestRuntimeMember = "AppendObject";

    public const string RedactorProvider = "Microsoft.Extensions.Compliance.Redaction.IRedactorProvider";
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string ModuleInitializerAttribute = "System.Runtime.CompilerServices.ModuleInitializerAttribute";
}
