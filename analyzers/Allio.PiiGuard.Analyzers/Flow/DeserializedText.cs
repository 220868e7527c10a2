using System.Collections.Generic;
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
