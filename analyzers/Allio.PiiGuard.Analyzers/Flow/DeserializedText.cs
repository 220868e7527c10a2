using System.Collections.Generic;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Text a library deserializer reads into a type holds what that type holds: a message body logged raw before it is
/// read (<c>var json = Encoding.UTF8.GetString(message.Body); Log(json); var e = JsonSerializer.Deserialize&lt;Escalation&gt;(json);</c>,
/// <c>Log(msg.Payload)</c> beside <c>JsonConvert.DeserializeObject&lt;Order&gt;(msg.Payload)</c>) writes the escalation's
/// phone number. The block's <see cref="LocalDefinitions"/> record which place each deserializer reads.
/// </summary>
internal static class DeserializedText
{
    /// <summary>
    /// For a call of a library deserializer (<c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>JsonConvert.DeserializeObject&lt;T&gt;</c>),
    /// the place of the text it reads (its first argument) and the type it makes; null for any other call.
    /// </summary>
    public static (TextPlace Place, ITypeSymbol Type)? Read(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (!method.Name.StartsWith("Deserialize", System.StringComparison.Ordinal) || !method.IsGenericMethod
            || call.Arguments.Length == 0 || !method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var text = OperationShapes.WithoutConversions(call.Arguments[0].Value);
        return IsText(text.Type) && PlaceOf(text) is { } place
                ? (place, method.TypeArguments[method.TypeArguments.Length - 1])
                : null;
    }

    /// <summary>The personal member a deserializer of the block finds in the text <paramref name="read"/> reads; null when none.</summary>
    public static WholeObject? Of(IOperation read, PiiFlow flow) =>
        IsText(read.Type) && PlaceOf(read) is { } place && LocalDefinitions.For(read).DeserializedInto(place) is { } type
            ? flow.GetWholeObject(type, MemberReader.Destructuring)
            : null;

    /// <summary>
    /// For a parse of text into a JSON document (Newtonsoft's <c>JObject.Parse(raw)</c>, <c>JsonDocument.Parse(raw)</c>,
    /// <c>JsonNode.Parse(raw)</c>), the place of the text; null for any other call.
    /// </summary>
    public static TextPlace? Parsed(IInvocationOperation call) =>
        call.TargetMethod is { Name: "Parse", IsStatic: true } method && method.DeclaringSyntaxReferences.IsEmpty && call.Arguments.Length > 0
        && (Model.FrameworkSources.IsJsonDocument(call.Type) || Model.SymbolNames.Is(call.Type, "System.Text.Json.JsonDocument"))
        && OperationShapes.WithoutConversions(call.Arguments[0].Value) is var text && IsText(text.Type)
            ? PlaceOf(text)
            : null;

    /// <summary>
    /// A personal value the block reads by key from the document it parses the text <paramref name="read"/> reads into
    /// (a webhook's <c>raw</c>, parsed as <c>payload</c>, then <c>payload.SelectToken("data.object.customer_email")</c>):
    /// the raw text holds it too. Null when the block parses no such document or reads no such key.
    /// </summary>
    public static (ISymbol Source, PiiInfo Pii, string Named)? KeyedInParsed(IOperation read, PiiFlow flow)
    {
        if (!IsText(read.Type) || PlaceOf(read) is not { } place || LocalDefinitions.For(read).ParsedBy(place) is not { } parse
            || DocumentLocal(parse) is not { } document)
        {
            return null;
        }

        IOperation root = parse;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                    when ReadsFrom(indexer.Instance, document) && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
                    && flow.GetKeyedValue(indexer, key) is { } pii:
                    return (indexer.Property, pii, DataNames.OfKeyedValue(indexer.Property, key));
                case IInvocationOperation call when ReadsFrom(call.Instance, document) && flow.GetKeyedCall(call) is ({ } carried, var source, var key):
                    return (call.TargetMethod, carried, DataNames.OfKeyedCall(source, key));
                case IInvocationOperation { Arguments.Length: > 0 } lookUp when ReadsFrom(lookUp.Instance, document)
                    && lookUp.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } && flow.GetLookedUpValue(lookUp, key) is var (found, source):
                    return (lookUp.TargetMethod, found, DataNames.OfKeyedCall(source, key));
            }
        }

        return null;
    }

    /// <summary>The local a parse's document is given (<c>var payload = JObject.Parse(raw)</c>, <c>using var doc = …</c>), or null.</summary>
    private static ILocalSymbol? DocumentLocal(IOperation parse)
    {
        var value = parse;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
    }

    /// <summary>True when <paramref name="receiver"/> is the document, or a value read from it (<c>doc.RootElement</c>, <c>payload["data"]</c>).</summary>
    private static bool ReadsFrom(IOperation? receiver, ILocalSymbol document)
    {
        for (var current = receiver is null ? null : OperationShapes.WithoutConversions(receiver); current is not null;)
        {
            switch (current)
            {
                case ILocalReferenceOperation local:
                    return SymbolEqualityComparer.Default.Equals(local.Local, document);
                case IPropertyReferenceOperation property:
                    current = property.Instance is null ? null : OperationShapes.WithoutConversions(property.Instance);
                    break;
                case IInvocationOperation call:
                    current = call.Instance is null ? null : OperationShapes.WithoutConversions(call.Instance);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Text or its bytes.</summary>
    private static bool IsText(ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>A local or a parameter (<c>json</c>), or a member of one (<c>msg.Payload</c>); null for any other value.</summary>
    private static TextPlace? PlaceOf(IOperation text) => text switch
    {
        ILocalReferenceOperation local => new TextPlace(local.Local, null),
        IParameterReferenceOperation parameter => new TextPlace(parameter.Parameter, null),
        IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol, Instance: ILocalReferenceOperation local } member => new TextPlace(local.Local, member.Member),
        IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol, Instance: IParameterReferenceOperation parameter } member => new TextPlace(parameter.Parameter, member.Member),
        _ => null,
    };
}

/// <summary>Where text is kept: a local or a parameter, or one of its members.</summary>
internal readonly struct TextPlace(ISymbol holder, ISymbol? member) : System.IEquatable<TextPlace>
{
    public ISymbol Holder { get; } = holder;

    public ISymbol? Member { get; } = member;

    public bool Equals(TextPlace other) =>
        SymbolEqualityComparer.Default.Equals(Holder, other.Holder) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

    public override bool Equals(object? obj) => obj is TextPlace other && Equals(other);

    public override int GetHashCode() =>
        (SymbolEqualityComparer.Default.GetHashCode(Holder) * 31) ^ (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member));
}
