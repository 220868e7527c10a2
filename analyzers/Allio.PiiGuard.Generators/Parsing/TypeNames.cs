using System.Text;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>How generated code spells types: fully qualified with <c>global::</c>, nullable annotations kept.</summary>
internal static class TypeNames
{
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat Declared = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary><c>Box&lt;T&gt;</c>: the name as a partial declaration repeats it.</summary>
    public static string DeclaredName(INamedTypeSymbol type) => type.ToDisplayString(Declared);

    /// <summary><c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</summary>
    public static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, IsValueType: true } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    /// <summary>A file name unique per type: namespace, containing types and arity.</summary>
    public static string HintName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.Append(".PiiGuard.g.cs").ToString();
    }

    private static void Append(StringBuilder builder, ISymbol symbol)
    {
        if (symbol.ContainingSymbol is { } parent and not INamespaceSymbol { IsGlobalNamespace: true })
        {
            Append(builder, parent);
            builder.Append('.');
        }

        builder.Append(symbol.MetadataName.Replace('`', '_'));
    }
}
