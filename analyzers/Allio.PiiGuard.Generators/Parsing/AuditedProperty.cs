using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>C# 13 partial properties marked as personal data: the generator writes their implementing part with audit calls.</summary>
internal static class AuditedProperty
{
    /// <summary>True for a personal, instance, partial property of <paramref name="type"/> that has no implementing part yet.</summary>
    public static bool IsCandidate(ISymbol member, INamedTypeSymbol type, PiiInfo? pii)
        => pii is not null
            && member is IPropertySymbol { IsStatic: false, IsPartialDefinition: true, PartialImplementationPart: null }
            && SymbolEqualityComparer.Default.Equals(member.ContainingType, type);

    /// <summary>The specs of every candidate property of the type.</summary>
    public static List<AuditedPropertySpec> Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var specs = new List<AuditedPropertySpec>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol property || !IsCandidate(property, type, PiiModel.GetPii(property)))
            {
                continue;
            }

            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: { } accessorList } declaration)
                {
                    var accessors = new List<AccessorSpec>();
                    foreach (var accessor in accessorList.Accessors)
                    {
                        accessors.Add(new AccessorSpec(accessor.Modifiers.ToString(), accessor.Keyword.ValueText));
                    }

                    specs.Add(new AuditedPropertySpec(
                        property.Name,
                        property.Type.ToDisplayString(TypeNames.FullyQualified),
                        declaration.Modifiers.ToString(),
                        EquatableArray.From(accessors),
                        GeneratedNames.BackingFieldPrefix + property.Name,
                        PiiModel.GetPii(property)!.Kind,
                        type.IsReadOnly,
                        FieldType(type, property.Type).ToDisplayString(TypeNames.FullyQualified)));
                    break;
                }
            }
        }

        return specs;
    }

    /// <summary>
    /// A class field starts as <c>default!</c>; a struct cannot initialize fields without a constructor of its own,
    /// so its field of a non-nullable reference type is declared nullable (else CS8618 in the user's constructors).
    /// </summary>
    private static ITypeSymbol FieldType(INamedTypeSymbol type, ITypeSymbol propertyType)
        => type.IsValueType && propertyType.IsReferenceType && propertyType.NullableAnnotation == NullableAnnotation.NotAnnotated
            ? propertyType.WithNullableAnnotation(NullableAnnotation.Annotated)
            : propertyType;
}
