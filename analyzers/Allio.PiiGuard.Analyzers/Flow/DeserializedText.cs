using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Text a library deserializer reads into a type holds what that type holds: a message body logged raw before it is
/// read (<c>var json = Encoding.UTF8.GetString(message.Body); Log(json); var e = JsonSerializer.Deserialize&lt;Escalation&gt;(json);</c>)
/// writes the escalation's phone number. The block's <see cref="LocalDefinitions"/> record which local or parameter
/// each deserializer reads.
/// </summary>
internal static class DeserializedText
{
    /// <summary>
    /// For a call of a library deserializer (<c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>JsonConvert.DeserializeObject&lt;T&gt;</c>,
    /// their async forms), the text it reads (its first argument) and the type it makes; nulls for any other call.
    /// </summary>
    public static (IOperation? Text, ITypeSymbol? Type) Read(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (!method.Name.StartsWith("Deserialize", System.StringComparison.Ordinal) || !method.IsGenericMethod
            || call.Arguments.Length == 0 || !method.DeclaringSyntaxReferences.IsEmpty)
        {
            return (null, null);
        }

        var text = OperationShapes.WithoutConversions(call.Arguments[0].Value);
        return text is ILocalReferenceOperation or IParameterReferenceOperation
            && (text.Type?.SpecialType == SpecialType.System_String || text.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
            ? (text, method.TypeArguments[method.TypeArguments.Length - 1])
            : (null, null);
    }

    /// <summary>The personal member a deserializer of the block finds in the text <paramref name="symbol"/> holds; null when none.</summary>
    public static WholeObject? Of(ISymbol symbol, IOperation read, PiiFlow flow) =>
        LocalDefinitions.For(read).DeserializedInto(symbol) is { } type ? flow.GetWholeObject(type, MemberReader.Destructuring) : null;
}
