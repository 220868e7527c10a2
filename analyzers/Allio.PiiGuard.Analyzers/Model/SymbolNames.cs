using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>Compares a symbol with a metadata name without building strings (runs on hot paths).</summary>
internal static class SymbolNames
{
    /// <summary>True when <paramref name="space"/> is <c>System</c> or a namespace inside it: the .NET libraries' own.</summary>
    public static bool IsInSystem(INamespaceSymbol? space)
    {
        while (space is { ContainingNamespace.IsGlobalNamespace: false })
        {
            space = space.ContainingNamespace;
        }

        return space is { Name: "System" };
    }

    /// <summary>True when <paramref name="symbol"/> is the type or namespace member named <paramref name="fullName"/> (e.g. <c>System.Console</c>).</summary>
    public static bool Is(ISymbol? symbol, string fullName)
    {
        var end = fullName.Length;
        while (symbol is not null)
        {
            if (symbol is INamespaceSymbol { IsGlobalNamespace: true })
            {
                return end == 0;
            }

            // A generic type's metadata name (List`1) is a new string at every read: most candidates differ in their name already.
            if (symbol is INamedTypeSymbol { Arity: > 0, IsFileLocal: false } generic && !MayEndWithName(fullName, end, generic))
            {
                return false;
            }

            var name = symbol.MetadataName;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return symbol.ContainingSymbol is null or INamespaceSymbol { IsGlobalNamespace: true };
            }

            var separator = fullName[start - 1];
            var parent = symbol.ContainingSymbol;
            if (separator == '+' ? parent is not INamedTypeSymbol : separator != '.')
            {
                return false;
            }

            symbol = parent;
            end = start - 1;
        }

        return false;
    }

    /// <summary>
    /// False when <paramref name="fullName"/> cut at <paramref name="end"/> ends neither with the generic type's name nor with its
    /// name and an arity suffix (<c>List`1</c>): its metadata name is one of the two, so it cannot match then.
    /// </summary>
    private static bool MayEndWithName(string fullName, int end, INamedTypeSymbol type)
    {
        var name = type.Name;
        if (EndsAt(fullName, end, name))
        {
            return true;
        }

        var suffix = end - 1;
        while (suffix >= 0 && fullName[suffix] is >= '0' and <= '9')
        {
            suffix--;
        }

        return suffix >= 0 && suffix < end - 1 && fullName[suffix] == '`' && EndsAt(fullName, suffix, name);
    }

    private static bool EndsAt(string fullName, int end, string name) =>
        end >= name.Length && string.CompareOrdinal(fullName, end - name.Length, name, 0, name.Length) == 0;

    /// <summary>True when the type or one of its base types is named <paramref name="fullName"/>.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, fullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the symbol carries an attribute of the named class (exact match).</summary>
    public static bool HasAttribute(ISymbol symbol, string attributeFullName) => HasAttribute(symbol.GetAttributes(), attributeFullName);

    /// <summary>True when the list holds an attribute of the named class (exact match): a method's return-value attributes.</summary>
    public static bool HasAttribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, string attributeFullName)
    {
        foreach (var attribute in attributes)
        {
            if (Is(attribute.AttributeClass, attributeFullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first attribute of the named class or a class derived from it, or null.</summary>
    public static AttributeData? FindAttribute(ISymbol symbol, string attributeFullName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsOrDerivesFrom(attribute.AttributeClass, attributeFullName))
            {
                return attribute;
            }
        }

        return null;
    }
}
