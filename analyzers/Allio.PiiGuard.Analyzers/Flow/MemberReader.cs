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
    /// <summary>A destructuring logger (<c>{@Order}</c>): every serializer's ignores and Destructurama's, public fields too.</summary>
    public static readonly MemberReader Destructuring = new(0, publicFields: true, Ignores.Serializers | Ignores.Loggers);

    /// <summary>XML, another or an unknown serializer, and System.Text.Json with <c>IncludeFields</c>: public fields too, every serializer's ignores.</summary>
    public static readonly MemberReader Serializer = new(1, publicFields: true, Ignores.Serializers);

    /// <summary>
    /// Newtonsoft.Json and the DataContract serializers: public fields too, a <c>[DataContract]</c> type's <c>[DataMember]</c>s
    /// only, and their own ignores (<c>[Newtonsoft.Json.JsonIgnore]</c>, <c>[IgnoreDataMember]</c>, <c>[NonSerialized]</c>), not
    /// System.Text.Json's.
    /// </summary>
    public static readonly MemberReader ContractAware = new(
        3, publicFields: true, Ignores.Newtonsoft | Ignores.DataContract | Ignores.NonSerialized, optIn: true, converter: NewtonsoftConverter);

    /// <summary>
    /// System.Text.Json called directly with its default options: properties, the fields marked <c>[JsonInclude]</c>, its own
    /// <c>[JsonIgnore]</c>, and a type or member marked <c>[JsonConverter]</c> written by that converter.
    /// </summary>
    public static readonly MemberReader SystemTextJson = new(2, publicFields: false, Ignores.SystemTextJson, converter: SystemTextJsonConverter);

    /// <summary>
    /// Microsoft's logging generator for a <c>[LogProperties]</c> parameter: public properties, without
    /// <c>[LogPropertyIgnore]</c> ones and without classified ones (<c>[Pii]</c> and other data classifications), which it
    /// hands to a redactor.
    /// </summary>
    public static readonly MemberReader LogProperties = new(4, publicFields: false, Ignores.Serializers, logProperties: true);

    /// <summary>
    /// What ASP.NET Core writes for a result or a response (and a helper's argument that reaches one): properties, and every
    /// serializer's ignores, since the application may have swapped System.Text.Json for Newtonsoft.Json or XML formatters.
    /// </summary>
    public static readonly MemberReader Responses = new(5, publicFields: false, Ignores.Serializers, converter: SystemTextJsonConverter);

    /// <summary>CsvHelper: properties, and its own <c>[Ignore]</c>.</summary>
    public static readonly MemberReader Csv = new(6, publicFields: false, Ignores.Csv);

    /// <summary>How many readers there are: per-reader caches are arrays of this length.</summary>
    public const int Count = 7;

    /// <summary><c>JsonIgnoreCondition.Always</c>: the only condition that skips the member on every write.</summary>
    private const int JsonIgnoreAlways = 1;

    private const string LogPropertyIgnore = "Microsoft.Extensions.Logging.LogPropertyIgnoreAttribute";
    private const string DataClassification = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    private const string JsonInclude = "System.Text.Json.Serialization.JsonIncludeAttribute";
    private const string SystemTextJsonConverter = "System.Text.Json.Serialization.JsonConverterAttribute";
    private const string NewtonsoftConverter = "Newtonsoft.Json.JsonConverterAttribute";
    private const string DataContract = "System.Runtime.Serialization.DataContractAttribute";
    private const string DataMember = "System.Runtime.Serialization.DataMemberAttribute";

    private readonly Ignores _ignores;
    private readonly bool _optIn;
    private readonly bool _logProperties;

    /// <summary>The attribute by which the reader's library hands a type or a member to a converter of the application's, or null.</summary>
    private readonly string? _converter;

    private MemberReader(int index, bool publicFields, Ignores ignores, bool optIn = false, bool logProperties = false, string? converter = null)
    {
        Index = index;
        ReadsPublicFields = publicFields;
        _ignores = ignores;
        _optIn = optIn;
        _logProperties = logProperties;
        _converter = converter;
    }

    /// <summary>
    /// True when the reader hands <paramref name="symbol"/> (a type or a member) to a converter named by its
    /// <c>[JsonConverter]</c>: what the converter writes is checked where it writes it (its <c>Utf8JsonWriter</c> or
    /// <c>JsonWriter</c> calls are serialization sinks), not as the object's members.
    /// </summary>
    public bool WritesWithConverter(ISymbol symbol) => _converter is not null && Model.SymbolNames.HasAttribute(symbol, _converter);

    /// <summary>
    /// How a serializing library reads objects with its default settings, by the type that serializes (a sink row's type):
    /// Newtonsoft.Json and the DataContract serializers by contract, System.Text.Json, ASP.NET Core and CsvHelper without
    /// fields, each with the ignores it honours, the others (XML) with fields.
    /// </summary>
    public static MemberReader OfLibrary(string typeName) =>
        typeName.StartsWith("Newtonsoft.Json.", System.StringComparison.Ordinal) || typeName.StartsWith("System.Runtime.Serialization.", System.StringComparison.Ordinal)
            ? ContractAware
        : typeName.StartsWith("System.Text.Json.", System.StringComparison.Ordinal) ? SystemTextJson
        : typeName.StartsWith("Microsoft.AspNetCore.", System.StringComparison.Ordinal) ? Responses
        : typeName.StartsWith("CsvHelper.", System.StringComparison.Ordinal) ? Csv
        : Serializer;

    /// <summary>The position of the reader in per-reader caches.</summary>
    public int Index { get; }

    /// <summary>False when the reader skips unmarked public fields, and so a tuple's elements (its fields <c>Item1</c>, …).</summary>
    public bool ReadsPublicFields { get; }

    /// <summary>True when the reader writes <paramref name="member"/>: a public readable one it neither ignores nor skips as a field.</summary>
    public bool Reads(ISymbol member) =>
        WholeObject.IsPublicReadable(member) && !IsIgnored(member) && WritesKind(member) && !(_optIn && IsLeftOutOfContract(member))
        && !WritesWithConverter(member)
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

    /// <summary>True for a member marked with an ignore attribute this reader honours.</summary>
    private bool IsIgnored(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            var ignore = IgnoreOf(attribute.AttributeClass);
            if ((_ignores & ignore) != 0 && (ignore != Ignores.SystemTextJson || IsAlways(attribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static Ignores IgnoreOf(INamedTypeSymbol? attribute) =>
        attribute is null || !attribute.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? Ignores.None
        : Model.SymbolNames.Is(attribute, "System.Text.Json.Serialization.JsonIgnoreAttribute") ? Ignores.SystemTextJson
        : Model.SymbolNames.Is(attribute, "Newtonsoft.Json.JsonIgnoreAttribute") ? Ignores.Newtonsoft
        : Model.SymbolNames.Is(attribute, "System.Runtime.Serialization.IgnoreDataMemberAttribute") ? Ignores.DataContract
        : Model.SymbolNames.Is(attribute, "System.NonSerializedAttribute") ? Ignores.NonSerialized
        : Model.SymbolNames.Is(attribute, "System.Xml.Serialization.XmlIgnoreAttribute") ? Ignores.Xml
        : Model.SymbolNames.Is(attribute, "CsvHelper.Configuration.Attributes.IgnoreAttribute") ? Ignores.Csv
        : Model.SymbolNames.Is(attribute, "Destructurama.Attributed.NotLoggedAttribute")
            || Model.SymbolNames.Is(attribute, "Destructurama.Attributed.LogMaskedAttribute") ? Ignores.Loggers
        : Ignores.None;

    /// <summary>System.Text.Json's <c>[JsonIgnore]</c> skips a member on every write only with its default condition or <c>Always</c>.</summary>
    private static bool IsAlways(AttributeData jsonIgnore)
    {
        foreach (var argument in jsonIgnore.NamedArguments)
        {
            if (argument.Key == "Condition" && argument.Value.Value is int condition)
            {
                return condition == JsonIgnoreAlways;
            }
        }

        return true;
    }

    /// <summary>The ignore attributes of the serializing libraries and of Destructurama.</summary>
    [System.Flags]
    private enum Ignores
    {
        None = 0,
        SystemTextJson = 1,
        Newtonsoft = 2,
        DataContract = 4,
        NonSerialized = 8,
        Xml = 16,
        Csv = 32,
        Loggers = 64,
        Serializers = SystemTextJson | Newtonsoft | DataContract | NonSerialized | Xml | Csv,
    }
}
