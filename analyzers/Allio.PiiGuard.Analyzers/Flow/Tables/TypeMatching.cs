using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>Name-based type tests the tables use: a row names a type and matches its subclasses and implementers.</summary>
internal static class TypeMatching
{
    /// <summary>True when <paramref name="type"/> is, derives from or implements the type named <paramref name="fullName"/>.</summary>
    public static bool IsOrInherits(ITypeSymbol? type, string fullName)
    {
        if (type is null)
        {
            return false;
        }

        if (SymbolNames.IsOrDerivesFrom(type.OriginalDefinition, fullName))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolNames.Is(implemented.OriginalDefinition, fullName))
            {
                return true;
            }
        }

        return false;
    }
}
