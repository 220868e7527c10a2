using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>Turns the fields and properties of a type into <see cref="MemberSpec"/>s, using the shared PII model.</summary>
internal static class MemberParser
{
    /// <summary>
    /// The members generated code touches, base type first: printed ones (public, readable), described
    /// ones (personal, accessible) and handled ones (personal, declared below the nearest hooked base).
    /// </summary>
    public static List<MemberSpec> Parse(
        INamedTypeSymbol type, List<INamedTypeSymbol> ownChain, Compilation compilation,
        List<DiagnosticInfo> diagnostics, bool findNested, CancellationToken cancellationToken)
    {
        var personal = new Dictionary<ISymbol, PiiInfo>(SymbolEqualityComparer.Default);
        foreach (var (member, pii) in PiiModel.GetPiiMembers(type))
        {
            personal[member] = pii;
        }

        var own = new HashSet<INamedTypeSymbol>(ownChain, SymbolEqualityComparer.Default);
        var specs = new List<MemberSpec>();
        foreach (var (declaring, member) in VisibleMembers(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            personal.TryGetValue(member, out var pii);
            var isOwn = own.Contains(declaring);
            var isAccessible = SymbolEqualityComparer.Default.Equals(declaring, type)
                || (member.DeclaredAccessibility != Accessibility.Private && compilation.IsSymbolAccessibleWithin(member, type));
            var isReadable = isAccessible && IsReadable(member, type, compilation);
            // Public members print as records print them; personal ones print as a marker wherever declared,
            // which tells a reader the instance holds them without showing them.
            var isPrinted = isOwn && (ContainerParser.IsPubliclyReadable(member) || (pii is not null && isReadable));
            var isDescribed = pii is not null && isReadable;
            var isHandled = pii is not null && isOwn && isReadable;
            // Only a container's export recurses into nested values; a marked type exports what it declares.
            var isNested = findNested && pii is null && isOwn && ContainerParser.IsPubliclyReadable(member)
                && ContainerParser.HoldsHooked(ValueType(member), ContainerParser.MaxNesting, cancellationToken);
            if (!isPrinted && !isDescribed && !isHandled && !isNested)
            {
                continue;
            }

            var audited = AuditedProperty.IsCandidate(member, type, pii);
            var storage = audited ? GeneratedNames.BackingFieldPrefix + member.Name : member.Name;
            var writeTarget = WriteTarget(member, type, audited, storage, compilation);
            var valueType = ValueType(member);
            if (isHandled && writeTarget is null)
            {
                diagnostics.Add(new DiagnosticInfo(
                    GeneratorDiagnostics.MemberNotErasable.Id, LocationInfo.From(member),
                    new EquatableArray<string>([type.Name, member.Name])));
            }

            specs.Add(new MemberSpec(
                member.Name,
                valueType.ToDisplayString(TypeNames.FullyQualified),
                storage,
                pii is null ? null : PersonalData(member, pii),
                isPrinted,
                isDescribed,
                isHandled,
                writeTarget is null ? null : ErasedValue(valueType),
                writeTarget,
                AppendsDirectly(valueType),
                isNested));
        }

        return specs;
    }

    /// <summary>
    /// The data members of the type and its bases, base first and in declaration order; a member hidden
    /// by a derived one of the same name (<c>new</c>) is left out, so the most derived one wins.
    /// </summary>
    private static List<(INamedTypeSymbol Declaring, ISymbol Member)> VisibleMembers(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        var groups = new List<List<(INamedTypeSymbol, ISymbol)>>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            var group = new List<(INamedTypeSymbol, ISymbol)>();
            foreach (var member in current.GetMembers())
            {
                if (IsDataMember(member) && seen.Add(member.Name))
                {
                    group.Add((current, member));
                }
            }

            groups.Add(group);
        }

        groups.Reverse();
        var members = new List<(INamedTypeSymbol, ISymbol)>();
        foreach (var group in groups)
        {
            members.AddRange(group);
        }

        return members;
    }

    private static ITypeSymbol ValueType(ISymbol member) => member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;

    private static bool IsDataMember(ISymbol member) => member switch
    {
        IFieldSymbol field => !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared && field.CanBeReferencedByName,
        IPropertySymbol property => !property.IsStatic && !property.IsIndexer && property.CanBeReferencedByName
            && !(property.ContainingType.IsRecord && property.Name == "EqualityContract")
            && !property.Type.IsRefLikeType && property.RefKind == RefKind.None,
        _ => false,
    };

    private static bool IsReadable(ISymbol member, INamedTypeSymbol type, Compilation compilation) => member is IFieldSymbol
        || (member is IPropertySymbol { GetMethod: { } getter } && compilation.IsSymbolAccessibleWithin(getter, type));

    /// <summary>What code inside the type can assign to erase the member, or null when nothing can.</summary>
    private static string? WriteTarget(ISymbol member, INamedTypeSymbol type, bool audited, string storage, Compilation compilation)
    {
        if (audited)
        {
            // The generated field of a partial property is writable unless the struct is readonly.
            return type.IsReadOnly ? null : storage;
        }

        return member switch
        {
            IFieldSymbol { IsReadOnly: false } => member.Name,
            IPropertySymbol { SetMethod: { IsInitOnly: false } setter }
                when compilation.IsSymbolAccessibleWithin(setter, type) => member.Name,
            _ => null,
        };
    }

    private static bool AppendsDirectly(ITypeSymbol type) => type.SpecialType is SpecialType.System_String
        or SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_Int32
        or SpecialType.System_Int64 or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Single or SpecialType.System_Double
        or SpecialType.System_Decimal;

    /// <summary>Null for what may be null, the tombstone for a non-nullable string, default for values.</summary>
    private static string ErasedValue(ITypeSymbol type)
    {
        if (type.IsValueType)
        {
            return type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? "null" : "default";
        }

        if (type is ITypeParameterSymbol)
        {
            return "default!";
        }

        if (type.NullableAnnotation != NullableAnnotation.NotAnnotated)
        {
            return "null";
        }

        return type.SpecialType == SpecialType.System_String ? Emission.Names.StringTombstone : "null!";
    }

    private static PersonalDataSpec PersonalData(ISymbol member, PiiInfo pii) => new(
        pii.Kind,
        "[redacted:" + pii.DisplayKind + "]",
        pii.Category.ToString(),
        EquatableArray.From(pii.Purposes),
        EquatableArray.From(pii.Subjects),
        pii.Retention,
        JsonName(member));

    private static string? JsonName(ISymbol member)
    {
        var attribute = SymbolNames.FindAttribute(member, GeneratedNames.JsonPropertyNameAttribute);
        return attribute is { ConstructorArguments.Length: 1 } ? attribute.ConstructorArguments[0].Value as string : null;
    }
}
