using System.Collections.Concurrent;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// What a serializer writes of a type: its members and their member graph, minus members every common serializer
/// skips (<c>[JsonIgnore]</c> of System.Text.Json and Newtonsoft, <c>[IgnoreDataMember]</c>, <c>[XmlIgnore]</c>,
/// <c>[NonSerialized]</c>). Finds the first personal member written, a few levels deep.
/// </summary>
internal sealed class SerializedMembers(PiiFlow flow)
{
    private const int MaxDepth = 3;

    /// <summary><c>JsonIgnoreCondition.Always</c>: the only condition that skips the member on every write.</summary>
    private const int JsonIgnoreAlways = 1;

    private static readonly string[] IgnoreAttributes =
    [
        "Newtonsoft.Json.JsonIgnoreAttribute",
        "System.Runtime.Serialization.IgnoreDataMemberAttribute",
        "System.Xml.Serialization.XmlIgnoreAttribute",
        "System.NonSerializedAttribute",
    ];

    private readonly ConcurrentDictionary<ITypeSymbol, SerializedPii?> _cache = new(SymbolEqualityComparer.Default);

    /// <summary>The first personal member a serializer writes for a value of <paramref name="type"/>, or null.</summary>
    public SerializedPii? Find(ITypeSymbol? type) =>
        type is null ? null : _cache.TryGetValue(type, out var known) ? known : _cache.GetOrAdd(type, t => Search(t, MaxDepth));

    private SerializedPii? Search(ITypeSymbol type, int depth)
    {
        var current = TypeContents.Item(type);
        if (depth == 0 || current.SpecialType != SpecialType.None || current.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
        {
            return null;
        }

        foreach (var (member, pii) in flow.GetPiiMembers(current))
        {
            if (!IsIgnored(member))
            {
                return new SerializedPii(member, pii);
            }
        }

        // Nested objects (an envelope around an applicant) are written too.
        foreach (var (member, memberType) in TypeContents.NestedMembers(current))
        {
            if (!IsIgnored(member) && Search(memberType, depth - 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static bool IsIgnored(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            var name = attribute.AttributeClass;
            if (SymbolNames.Is(name, "System.Text.Json.Serialization.JsonIgnoreAttribute"))
            {
                var always = true;
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Condition" && argument.Value.Value is int condition)
                    {
                        always = condition == JsonIgnoreAlways;
                    }
                }

                if (always)
                {
                    return true;
                }

                continue;
            }

            foreach (var ignore in IgnoreAttributes)
            {
                if (SymbolNames.Is(name, ignore))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
