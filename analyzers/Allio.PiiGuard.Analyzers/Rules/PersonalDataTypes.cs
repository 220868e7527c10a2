using System.Collections.Concurrent;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// Per-compilation answers to "does a value of this type hold personal data, and of which kinds?" for entities
/// and the collections of them that stores save.
/// </summary>
internal sealed class PersonalDataTypes
{
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _kinds = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The kinds of personal data an entity of <paramref name="type"/> holds, as a readable list, or null when
    /// it holds none. Arrays and <c>IEnumerable&lt;T&gt;</c> answer for their elements.
    /// </summary>
    public string? KindsOf(ITypeSymbol type) => _kinds.GetOrAdd(type, Compute);

    private static string? Compute(ITypeSymbol type)
    {
        var entity = TypeContents.Item(type);
        if (entity.SpecialType != SpecialType.None || entity.TypeKind is TypeKind.TypeParameter or TypeKind.Error)
        {
            return null;
        }

        var members = PiiModel.GetPiiMembers(entity);
        if (!members.IsEmpty)
        {
            return string.Join(", ", members.Select(m => m.Pii.DisplayKind).Distinct());
        }

        return PiiModel.GetTypeMark(entity)?.DisplayKind;
    }
}
