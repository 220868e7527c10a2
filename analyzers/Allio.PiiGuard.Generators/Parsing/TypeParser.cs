using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// The transform of the attribute pipelines: from the first mark of a type, member or parameter to the
/// <see cref="TypeSpec"/> of the type that holds it. Symbols stay inside; only plain data leaves.
/// </summary>
internal static class TypeParser
{
    /// <summary>
    /// What each delivered declaration gave, reused while the compilation's declarations bind alike; one cache per mark,
    /// as a declaration with two marks is delivered to two pipelines and only the first mark's owns the type.
    /// </summary>
    private static readonly ConcurrentDictionary<string, ParseCache> Delivered = new();

    public static ParseResult? Parse(GeneratorAttributeSyntaxContext context, string markName, CancellationToken cancellationToken)
        => Delivered.GetOrAdd(markName, static _ => new ParseCache())
            .GetOrParse(context.TargetNode, context.SemanticModel.Compilation, context, ParseDelivered, cancellationToken);

    private static ParseResult? ParseDelivered(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (HoldingType(context.TargetSymbol) is not { TypeKind: TypeKind.Class or TypeKind.Struct, IsStatic: false } type
            || !GeneratedHooks.IsPartial(type, cancellationToken))
        {
            // A type that is not partial is the analyzers' PII014.
            return null;
        }

        if (!MarkOwner.Owns(context, type, cancellationToken))
        {
            // Another mark of the type parses it.
            return null;
        }

        return Parse(type, context.SemanticModel.Compilation, cancellationToken);
    }

    /// <summary>
    /// The spec of a partial class or struct whose owning mark was delivered, or of a container
    /// (<see cref="ContainerParser"/>); null when it holds no personal member, or a container no nested one.
    /// </summary>
    public static ParseResult? Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken, bool isContainer = false)
    {
        var key = TypeNames.HintName(type);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!GeneratedHooks.IsPartial(outer, cancellationToken))
            {
                return Skipped(key, GeneratorDiagnostics.ContainingTypeNotPartial, type, type.Name, outer.Name);
            }
        }

        if (TakenName(type) is { } taken)
        {
            return Skipped(key, GeneratorDiagnostics.GeneratedMemberExists, type, type.Name, taken);
        }

        var ownChain = HookAncestry.OwnChain(type, out var hasHookedBase, cancellationToken);
        var diagnostics = new List<DiagnosticInfo>();
        var members = MemberParser.Parse(type, ownChain, compilation, diagnostics, isContainer, cancellationToken);
        if (isContainer ? !members.Exists(static member => member.IsNested) : !members.Exists(static member => member.PersonalData is not null))
        {
            return null;
        }

        var spec = new TypeSpec(
            key,
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            ContainingTypes(type),
            TypeNames.Keyword(type),
            TypeNames.DeclaredName(type),
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.IsValueType || type.IsSealed ? (hasHookedBase ? HookShape.Derived : HookShape.Final)
                : hasHookedBase ? HookShape.Derived : HookShape.Root,
            !DeclaresParameterlessToString(type),
            PrintMembersModifiers(type),
            !isContainer && IsRegistrable(type),
            EquatableArray.From(members),
            EquatableArray.From(AuditedProperty.Parse(type, cancellationToken)),
            isContainer);
        return new ParseResult(key, spec, EquatableArray.From(diagnostics));
    }

    /// <summary>The type a mark on a type, member or primary-constructor parameter belongs to.</summary>
    private static INamedTypeSymbol? HoldingType(ISymbol target) => target switch
    {
        INamedTypeSymbol type => type,
        IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } => constructor.ContainingType,
        IFieldSymbol or IPropertySymbol => target.ContainingType,
        _ => null,
    };

    private static ParseResult Skipped(string key, DiagnosticDescriptor descriptor, INamedTypeSymbol type, params string[] arguments)
        => new(key, null, new EquatableArray<DiagnosticInfo>([new DiagnosticInfo(descriptor.Id, LocationInfo.From(type), new EquatableArray<string>(arguments))]));

    /// <summary>
    /// The name of a member the type or a base declares that the generator would write, or null when all
    /// are free (else PIIG002). A compiled base with hooks is where those names legitimately come from.
    /// </summary>
    internal static string? TakenName(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (current.DeclaringSyntaxReferences.IsEmpty && HookAncestry.HasHooks(current, CancellationToken.None))
            {
                return null;
            }

            if (DeclaredTakenName(current) is { } taken)
            {
                return taken;
            }
        }

        return null;
    }

    private static string? DeclaredTakenName(INamedTypeSymbol type)
    {
        foreach (var name in GeneratedNames.Reserved)
        {
            if (!type.GetMembers(name).IsEmpty)
            {
                return name;
            }
        }

        foreach (var member in type.GetMembers(nameof(ToString)))
        {
            if (member is IMethodSymbol { Parameters.Length: 1 } method
                && SymbolNames.Is(method.Parameters[0].Type, GeneratedNames.RedactorProvider))
            {
                return "ToString(IRedactorProvider)";
            }
        }

        return null;
    }

    private static bool DeclaresParameterlessToString(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers(nameof(ToString)))
        {
            if (member is IMethodSymbol { Parameters.Length: 0, IsImplicitlyDeclared: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A record's <c>PrintMembers</c> as the language requires it, or null when none is generated.</summary>
    private static string? PrintMembersModifiers(INamedTypeSymbol type)
    {
        if (!type.IsRecord)
        {
            return null;
        }

        foreach (var member in type.GetMembers(GeneratedNames.PrintMembers))
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false })
            {
                return null;
            }
        }

        return type.IsValueType ? "private"
            : type.BaseType is { IsRecord: true } ? "protected override"
            : type.IsSealed ? "private"
            : "protected virtual";
    }

    /// <summary>True when the assembly-level registry can name the type: no type parameters, not private.</summary>
    private static bool IsRegistrable(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType
                || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
    {
        var outer = new List<ContainingTypeSpec>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            outer.Insert(0, new ContainingTypeSpec(TypeNames.Keyword(current), TypeNames.DeclaredName(current)));
        }

        return EquatableArray.From(outer);
    }
}
