using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The text or bytes a serializer returns (<c>JsonSerializer.Serialize(dispute)</c>, <c>JsonConvert.SerializeObject(order)</c>)
/// hold the object's members as that serializer writes them, not the object's printed form: logging, throwing or sending
/// that text sends them on.
/// </summary>
internal static class SerializedText
{
    /// <summary>How the serializer <paramref name="method"/> reads the objects it returns as text; null for any other method.</summary>
    public static MemberReader? ReaderOf(IMethodSymbol method) =>
        method.ContainingType is not { } owner ? null
        : method.Name is "Serialize" or "SerializeToUtf8Bytes" && SymbolNames.Is(owner, "System.Text.Json.JsonSerializer") && ReturnsText(method)
            ? MemberReader.SystemTextJson
        : method.Name == "SerializeObject" && SymbolNames.Is(owner, "Newtonsoft.Json.JsonConvert") ? MemberReader.ContractAware
        : null;

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
