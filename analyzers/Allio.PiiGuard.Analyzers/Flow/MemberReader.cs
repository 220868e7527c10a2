using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// How a sink that writes objects member by member reads them: which public members it writes, which ignore attributes
/// it honours. Destructuring loggers, Newtonsoft.Json and the XML and DataContract serializers write public fields;
/// System.Text.Json writes a public field only when it is marked <c>[JsonInclude]</c> or its options include fields.
/// Newtonsoft.Json and the DataContract serializers honour a type's opt-in: a type marked <c>[DataContract]</c> is written
/// only through its <c>[DataMember]</c> members.
/// </summary>
internal sealed class MemberReader
{
    /// <summary>A destructuring logger (<c>{@Order}</c>): the serializers' ignores and Destructurama's, public fields too.</summary>
    public static readonly MemberReader Destructuring = new(0, publicFields: true, loggers: true);

    /// <summary>XML, and System.Text.Json with <c>IncludeFields</c>: public fields too.</summary>
    public static readonly MemberReader Serializer = new(1, publicFields: true, loggers: false);

    /// <summary>Newtonsoft.Json and the DataContract serializers: public fields too, and a <c>[DataContract]</c> type's <c>[DataMember]</c>s only.</summary>
    public static readonly MemberReader ContractAware = new(3, publicFields: true, loggers: false, optIn: true);

    /// <summary>System.Text.Json with its default options: properties, and only the fields marked <c>[JsonInclude]</c>.</summary>
    public static readonly MemberReader SystemTextJson = new(2, publicFields: false, loggers: false);

    /// <summary>
    /// Microsoft's logging generator for a <c>[LogProperties]</c> parameter: public properties, without
    /// <c>[LogPropertyIgnore]</c> ones and without classified ones (<c>[Pii]</c> and other data classifications), which it
    /// hands to a redactor.
    /// </summary>
    public static readonly MemberReader LogProperties = new(4, publicFields: false, loggers: false, logProperties: true);

    /// <summary>How many readers there are: per-reader caches are arrays of this length.</summary>
    public const int Count = 5;

    private const string LogPropertyIgnore = "Microsoft.Extensions.Logging.LogPropertyIgnoreAttribute";
    private const string DataClassification = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    private const string JsonInclude = "System.Text.Json.Serialization.JsonIncludeAttribute";
    private const string DataContract = "System.Runtime.Serialization.DataContractAttribute";
    private const string DataMember = "System.Runtime.Serialization.DataMemberAttribute";

    private readonly bool _loggers;
    private readonly bool _optIn;
    private readonly bool _logProperties;

    private MemberReader(int index, bool publicFields, bool loggers, bool optIn = false, bool logProperties = false)
    {
        Index = index;
        ReadsPublicFields = publicFields;
        _loggers = loggers;
        _optIn = optIn;
        _logProperties = logProperties;
    }

    /// <summary>
    /// How a serializing library reads objects with its default settings, by the type that serializes (a sink row's type):
    /// Newtonsoft.Json and the DataContract serializers by contract, System.Text.Json, ASP.NET Core and CsvHelper without
    /// fields, the others (XML) with them.
    /// </summary>
    public static MemberReader OfLibrary(string typeName) =>
        typeName.StartsWith("Newtonsoft.Json.", System.StringComparison.Ordinal) || typeName.StartsWith("System.Runtime.Serialization.", System.StringComparison.Ordinal)
            ? ContractAware
        : typeName.StartsWith("System.Text.Json.", System.StringComparison.Ordinal) || typeName.StartsWith("Microsoft.AspNetCore.", System.StringComparison.Ordinal)
            || typeName.StartsWith("CsvHelper.", System.StringComparison.Ordinal)
            ? SystemTextJson
        : Serializer;

    /// <summary>The position of the reader in per-reader caches.</summary>
    public int Index { get; }

    /// <summary>False when the reader skips unmarked public fields, and so a tuple's elements (its fields <c>Item1</c>, …).</summary>
    public bool ReadsPublicFields { get; }

    /// <summary>True when the reader writes <paramref name="member"/>: a public readable one it neither ignores nor skips as a field.</summary>
    public bool Reads(ISymbol member) =>
        WholeObject.IsPublicReadable(member) && !WholeObject.IsIgnored(member, _loggers) && WritesKind(member) && !(_optIn && IsLeftOutOfContract(member))
        && !(_logProperties && IsLeftToRedactor(member));

    /// <summary>A member the logging generator skips or redacts: <c>[LogPropertyIgnore]</c>, or a data classification.</summary>
    private static bool IsLeftToRedactor(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } type
                && (Model.SymbolNames.Is(type, LogPropertyIgnore) || Model.SymbolNames.IsOrDerivesFrom(type, DataClassification)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member of a <c>[DataContract]</c> type without <c>[DataMember]</c>: the contract leaves it out.</summary>
    private static bool IsLeftOutOfContract(ISymbol member) =>
        member.ContainingType is { } type && Model.SymbolNames.HasAttribute(type, DataContract) && !Model.SymbolNames.HasAttribute(member, DataMember);

    /// <summary>False for a public field the reader does not write (an unmarked field for System.Text.Json); true for other members.</summary>
    public bool WritesKind(ISymbol member) =>
        member is not IFieldSymbol || ReadsPublicFields || Model.SymbolNames.HasAttribute(member, JsonInclude);
}
