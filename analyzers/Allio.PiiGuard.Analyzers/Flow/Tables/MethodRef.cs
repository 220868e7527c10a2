using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>A method named by metadata: a row of the sanitizer table.</summary>
/// <param name="TypeName">Metadata name of the declaring type (its subclasses and implementers match too), or <see cref="AnyType"/>.</param>
/// <param name="MethodName">The method's name; every overload matches.</param>
/// <param name="FirstParameterType">When set, the method's first parameter must have this type.</param>
internal readonly record struct MethodRef(string TypeName, string MethodName, string? FirstParameterType = null)
{
    /// <summary>Matches a method of any type (generated hooks have no fixed home).</summary>
    public const string AnyType = "*";

    public bool Matches(IMethodSymbol method)
    {
        if (method.Name != MethodName)
        {
            return false;
        }

        if (FirstParameterType is not null
            && (method.Parameters.Length == 0 || !SymbolNames.Is(method.Parameters[0].Type, FirstParameterType)))
        {
            return false;
        }

        return TypeName == AnyType || TypeMatching.IsOrInherits(method.ContainingType, TypeName);
    }
}
