using System.Collections.Generic;
using System.Linq;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The text or bytes a serializer returns (<c>JsonSerializer.Serialize(dispute)</c>, <c>JsonConvert.SerializeObject(order)</c>)
/// hold the object's members as that serializer writes them, not the object's printed form: logging, throwing or sending
/// that text sends them on. The serializers are the sink table's (PII002's calls that write a <c>value</c>), read as each
/// library reads objects by default (<see cref="MemberReader.OfLibrary"/>).
/// </summary>
internal static class SerializedText
{
    /// <summary>The serializer rows of the sink table by member name.</summary>
    private static readonly Dictionary<string, SinkRow[]> SerializersByName =
        SinkTable.Rows
            .Where(row => row is { Kind: SinkKind.Serialization, Shape: SinkShape.Call, Arguments: SinkArguments.Named } && row.Parameters.Contains("value"))
            .SelectMany(row => row.Members.Select(member => (member, row)))
            .GroupBy(pair => pair.member, System.StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.row).ToArray(), System.StringComparer.Ordinal);

    /// <summary>How the serializer <paramref name="method"/> reads the objects it returns as text; null for any other method.</summary>
    public static MemberReader? ReaderOf(IMethodSymbol method)
    {
        if (!SerializersByName.TryGetValue(method.Name, out var rows) || !ReturnsText(method) || method.ContainingType is not { } owner)
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (SymbolNames.Is(owner, row.TypeName))
            {
                return MemberReader.OfLibrary(row.TypeName);
            }
        }

        return null;
    }

    /// <summary>The argument a serializer call writes: its <c>value</c> parameter's.</summary>
    public static IOperation? ValueOf(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "value")
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool ReturnsText(IMethodSymbol method) =>
        method.ReturnType.SpecialType == SpecialType.System_String
        || method.ReturnType is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };
}
