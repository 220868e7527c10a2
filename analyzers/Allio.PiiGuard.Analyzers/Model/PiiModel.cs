using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// The one definition of personal data shared by the analyzers, the generator and the CLI:
/// which symbols hold it, of which kind, for which purposes and subjects.
/// </summary>
/// <remarks>Pure functions of symbols; callers cache per compilation.</remarks>
internal static class PiiModel
{
    /// <summary>
    /// The personal data a field, property, parameter or method return value holds, or null.
    /// Looks at the symbol's own marks, the overridden member, a record's positional parameter,
    /// a field's property, and class-level marks on the containing type.
    /// </summary>
    public static PiiInfo? GetPii(ISymbol? symbol)
    {
        switch (symbol)
        {
            case IParameterSymbol parameter:
                return FromAttributes(parameter.GetAttributes())
                    ?? (ImplementedParameter(parameter) is { } declared ? FromAttributes(declared.GetAttributes()) : null);
            case IMethodSymbol method:
                // A mark on the return value of the base or interface declaration holds for its overrides and implementations.
                return FromAttributes(method.GetReturnTypeAttributes())
                    ?? (DeclaredMethod(method) is { } declaredMethod ? FromAttributes(declaredMethod.GetReturnTypeAttributes()) : null);
            case IFieldSymbol { AssociatedSymbol: IPropertySymbol property }:
                return GetPii(property);
            case IFieldSymbol or IPropertySymbol:
                return MemberPii(symbol);
            default:
                return null;
        }
    }

    /// <summary>
    /// <see cref="GetPii(ISymbol?)"/>, and when nothing marks the symbol, what <paramref name="inference"/> guesses
    /// from its name: marks always win, <c>[NotPii]</c> silences the guess.
    /// </summary>
    public static PiiInfo? GetPii(ISymbol? symbol, PiiInference inference)
    {
        if (GetPii(symbol) is { } marked)
        {
            return marked;
        }

        return symbol is null || symbol is IFieldSymbol { AssociatedSymbol: not null } ? null : inference.Infer(symbol);
    }

    /// <summary>
    /// True when the member, parameter or type is marked <c>[NotPii]</c>, or a method's return value is
    /// (<c>[return: NotPii]</c>, on the method or on the base or interface declaration it overrides or implements).
    /// </summary>
    public static bool IsNotPii(ISymbol symbol) => symbol is IMethodSymbol method
        ? IsNotPiiReturn(method) || (DeclaredMethod(method) is { } declared && IsNotPiiReturn(declared))
        : SymbolNames.HasAttribute(symbol, WellKnownNames.NotPiiAttribute);

    private static bool IsNotPiiReturn(IMethodSymbol method) =>
        SymbolNames.HasAttribute(method.GetReturnTypeAttributes(), WellKnownNames.NotPiiAttribute);

    /// <summary>The method <paramref name="method"/> overrides or the interface method it implements, or null.</summary>
    public static IMethodSymbol? DeclaredMethod(IMethodSymbol method) => method.OverriddenMethod ?? ImplementedMember(method) as IMethodSymbol;

    /// <summary>The class-level mark of a type (it marks every instance member), or null.</summary>
    public static PiiInfo? GetTypeMark(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (FromAttributes(current.GetAttributes()) is { } mark)
            {
                return mark;
            }
        }

        return null;
    }

    /// <summary>
    /// The personal-data members a type declares or inherits (fields and properties, instance only),
    /// in declaration order, base type first.
    /// </summary>
    public static ImmutableArray<(ISymbol Member, PiiInfo Pii)> GetPiiMembers(ITypeSymbol type) => GetPiiMembers(type, PiiInference.Off);

    /// <summary><see cref="GetPiiMembers(ITypeSymbol)"/> with the members <paramref name="inference"/> guesses.</summary>
    public static ImmutableArray<(ISymbol Member, PiiInfo Pii)> GetPiiMembers(ITypeSymbol type, PiiInference inference)
    {
        var builder = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo)>();
        var chain = new Stack<ITypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Push(current);
        }

        while (chain.Count > 0)
        {
            foreach (var member in chain.Pop().GetMembers())
            {
                if (member is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol && !member.IsStatic
                    && GetPii(member, inference) is { } pii)
                {
                    builder.Add((member, pii));
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>What a list of attributes says; the first PiiGuard mark wins over foreign ones.</summary>
    public static PiiInfo? FromAttributes(ImmutableArray<AttributeData> attributes)
    {
        PiiInfo? foreign = null;
        foreach (var attribute in attributes)
        {
            var pii = FromAttribute(attribute);
            if (pii is { Source: PiiSource.PiiGuard })
            {
                return pii;
            }

            foreign ??= pii;
        }

        return foreign;
    }

    /// <summary>What one attribute says, or null when it is no personal-data mark.</summary>
    public static PiiInfo? FromAttribute(AttributeData attribute)
    {
        for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
        {
            if (SymbolNames.Is(type, WellKnownNames.BiometricPiiAttribute))
            {
                return Read(attribute, PiiCategory.Biometric, "Biometric");
            }

            if (SymbolNames.Is(type, WellKnownNames.SensitivePiiAttribute))
            {
                return Read(attribute, PiiCategory.Sensitive, PiiInfo.UnspecifiedKind);
            }

            if (SymbolNames.Is(type, WellKnownNames.PiiAttribute))
            {
                return Read(attribute, PiiCategory.Personal, PiiInfo.UnspecifiedKind);
            }

            if (SymbolNames.Is(type, WellKnownNames.DataClassificationAttribute))
            {
                return Foreign(PiiSource.DataClassification, isClassified: true);
            }

            if (SymbolNames.Is(type, WellKnownNames.IdentityPersonalDataAttribute))
            {
                return Foreign(PiiSource.IdentityPersonalData, isClassified: false);
            }
        }

        return null;
    }

    private static PiiInfo? MemberPii(ISymbol member)
    {
        if (DeclaredAttributes.MayHave(member) && IsNotPii(member))
        {
            return null;
        }

        for (var current = member; current is not null; current = Overridden(current))
        {
            if (DeclaredAttributes.MayHave(current) && FromAttributes(current.GetAttributes()) is { } own)
            {
                return own.Source == PiiSource.PiiGuard || !(IsYesNo(member) || IsIdentityKey(member, own)) ? own : null;
            }
        }

        // A mark on the interface's declaration holds for its implementations: it is written (and reported) once.
        if (member is IPropertySymbol && ImplementedMember(member) is { } declared && FromAttributes(declared.GetAttributes()) is { } inherited)
        {
            return inherited;
        }

        if (member is IPropertySymbol property && PositionalParameter(property) is { } parameter
            && FromAttributes(parameter.GetAttributes()) is { } positional)
        {
            return positional;
        }

        return member.IsStatic || member is IFieldSymbol { IsConst: true } ? null : GetTypeMark(member.ContainingType);
    }

    /// <summary>
    /// The key of an Identity user (<c>IdentityUser&lt;TKey&gt;.Id</c>): Identity marks it <c>[PersonalData]</c> so that a
    /// person's download holds it, but it is the row's key, which applications log and link by as they would any id; so
    /// are other rows' keys (see PII006). Only a PiiGuard mark makes it a source.
    /// </summary>
    private static bool IsIdentityKey(ISymbol member, PiiInfo mark) => mark.Source == PiiSource.IdentityPersonalData && member.Name == "Id";

    /// <summary>
    /// A yes/no member (<c>bool</c>, <c>bool?</c>). A library's mark on one (ASP.NET Core Identity's <c>[PersonalData]</c> on
    /// <c>EmailConfirmed</c> and <c>TwoFactorEnabled</c>, for its personal-data download) holds no personal value a sink could
    /// leak, so only a PiiGuard mark makes it personal data.
    /// </summary>
    private static bool IsYesNo(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType == SpecialType.System_Boolean;
    }

    /// <summary>
    /// The interface member <paramref name="member"/> implements (implicitly or explicitly), or null.
    /// Only members with the same name are compared, so the look-up stays cheap.
    /// </summary>
    public static ISymbol? ImplementedMember(ISymbol member)
    {
        if (member.ContainingType is not { } owner || owner.TypeKind == TypeKind.Interface || owner.AllInterfaces.IsEmpty)
        {
            return null;
        }

        switch (member)
        {
            case IPropertySymbol { ExplicitInterfaceImplementations.IsEmpty: false } property:
                return property.ExplicitInterfaceImplementations[0];
            case IMethodSymbol { ExplicitInterfaceImplementations.IsEmpty: false } method:
                return method.ExplicitInterfaceImplementations[0];
        }

        foreach (var implemented in owner.AllInterfaces)
        {
            foreach (var candidate in implemented.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(owner.FindImplementationForInterfaceMember(candidate), member))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The same parameter of the interface method or overridden method this method implements, or null.</summary>
    public static IParameterSymbol? ImplementedParameter(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method)
        {
            return null;
        }

        var declared = DeclaredMethod(method);
        return declared is not null && parameter.Ordinal < declared.Parameters.Length ? declared.Parameters[parameter.Ordinal] : null;
    }

    /// <summary>The property or method <paramref name="member"/> overrides, or null.</summary>
    public static ISymbol? Overridden(ISymbol member) => member switch
    {
        IPropertySymbol property => property.OverriddenProperty,
        IMethodSymbol method => method.OverriddenMethod,
        _ => null,
    };

    /// <summary>The primary-constructor parameter a record's positional property was made from.</summary>
    private static IParameterSymbol? PositionalParameter(IPropertySymbol property)
    {
        if (property.ContainingType is not { IsRecord: true } record)
        {
            return null;
        }

        // The members named .ctor are the instance constructors; InstanceConstructors would copy them into a new array at every read.
        foreach (var member in record.GetMembers(WellKnownMemberNames.InstanceConstructorName))
        {
            if (member is not IMethodSymbol constructor)
            {
                continue;
            }

            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name
                    && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type)
                    && IsPrimaryConstructor(constructor))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            // A primary constructor's declaring syntax is the type declaration itself.
            if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax)
            {
                return true;
            }
        }

        // From metadata: the record's copy constructor has one parameter of the record type; any other is positional.
        return constructor.DeclaringSyntaxReferences.IsEmpty
            && !(constructor.Parameters.Length == 1
                 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, constructor.ContainingType));
    }

    private static PiiInfo Read(AttributeData attribute, PiiCategory category, string defaultKind)
    {
        var kind = defaultKind;
        var purposes = ImmutableArray<string>.Empty;
        var subjects = ImmutableArray<string>.Empty;
        string? retention = null;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case WellKnownNames.KindProperty:
                    kind = EnumMemberName(argument.Value) ?? kind;
                    break;
                case WellKnownNames.PurposesProperty:
                    purposes = Strings(argument.Value);
                    break;
                case WellKnownNames.SubjectsProperty:
                    subjects = Strings(argument.Value);
                    break;
                case WellKnownNames.RetentionProperty:
                    retention = argument.Value.Value as string;
                    break;
            }
        }

        return new PiiInfo(kind, category, PiiSource.PiiGuard, purposes, subjects, retention, IsClassified: true);
    }

    private static PiiInfo Foreign(PiiSource source, bool isClassified) => new(
        PiiInfo.UnspecifiedKind, PiiCategory.Personal, source,
        ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, Retention: null, isClassified);

    private static string? EnumMemberName(TypedConstant constant)
    {
        if (constant.Kind != TypedConstantKind.Enum || constant.Type is not INamedTypeSymbol enumType)
        {
            return null;
        }

        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value))
            {
                return field.Name;
            }
        }

        return null;
    }

    private static ImmutableArray<string> Strings(TypedConstant constant)
    {
        if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>(constant.Values.Length);
        foreach (var value in constant.Values)
        {
            if (value.Value is string text)
            {
                builder.Add(text);
            }
        }

        // Not MoveToImmutable: a null element ([Pii(Purposes = ["a", null])] compiles) leaves the builder short.
        return builder.ToImmutable();
    }
}
