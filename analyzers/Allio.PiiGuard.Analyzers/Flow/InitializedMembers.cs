using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The properties an object initializer may set (<c>new Item { Label = u.Email }</c>), named as a part of the object so
/// that a read traced to the construction finds the value given there: <c>item.Label</c> holds the e-mail and
/// <c>item.Id</c> what was given for it. An object the engine cannot trace to its construction assumes nothing.
/// </summary>
internal static class InitializedMembers
{
    /// <summary>
    /// The part <paramref name="property"/> is of its object, by its name: a base type's property set in a derived type's
    /// initializer, or an override, is the same member.
    /// </summary>
    public static ValuePart PartOf(IPropertySymbol property) => PartOf(property.Name);

    /// <summary>The part a member named <paramref name="name"/> is of its object.</summary>
    public static ValuePart PartOf(string name) => ValuePart.Member(System.StringComparer.Ordinal.GetHashCode(name));

    /// <summary>
    /// True for an instance property of the compilation an initializer or a statement can set: one with a setter or an
    /// <c>init</c>, or a collection filled in place (<c>result.Errors.Add(x)</c>).
    /// </summary>
    public static bool CanBeInitialized(IPropertySymbol property) =>
        !property.IsStatic && !property.IsIndexer && PiiFlow.IsDeclaredInSource(property.ContainingType)
        && (property.SetMethod is not null || Model.TypeContents.ElementType(property.Type) is not null && property.Type.SpecialType != SpecialType.System_String);
}
