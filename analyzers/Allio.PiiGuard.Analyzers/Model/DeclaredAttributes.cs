using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Whether a symbol can carry attributes at all, read from its declarations. Asking the compiler for the attributes of a
/// member binds its attribute lists, and on every new compilation (every keystroke) that is paid again per member, even
/// for the many members that have none; the generator asks this for every member of every marked type.
/// </summary>
internal static class DeclaredAttributes
{
    /// <summary>
    /// False only for a source symbol none of whose declarations has an attribute list, so it has no attributes;
    /// true for anything else (a compiled symbol, or a declaration shape not read here).
    /// </summary>
    public static bool MayHave(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return true;
        }

        foreach (var reference in references)
        {
            var lists = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
                MemberDeclarationSyntax member => member.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default(SyntaxList<AttributeListSyntax>?),
            };
            if (lists is not { Count: 0 })
            {
                return true;
            }
        }

        return false;
    }
}
