using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// Recognises serializer options (or a source-generated type info / context) built with PiiGuard's redacting
/// serialization, so that what they write is redacted: the value's construction mentions
/// <c>Allio.PiiGuard.PiiJson</c> (<c>PiiJson.RedactingModifier</c>, <c>PiiJson.CreateRedactingModifier(…)</c>)
/// or calls a <c>[PiiSanitizer]</c> method (a team's own helper returning redacting options or a resolver). Also the
/// types the options hand to a converter of the application's (<c>Converters = { new WitnessConverter() }</c> for a
/// <c>JsonConverter&lt;Witness&gt;</c>): what the converter writes is checked where it writes it.
/// </summary>
/// <remarks>
/// Followed: the expression itself, locals of the block (their initializers, <c>options.X = …</c> assignments and
/// <c>options.X.Add(…)</c>-style calls on them), and fields or properties initialized in the same file.
/// Options built in another file or handed in by DI are not seen: wrap them in a <c>[PiiSanitizer]</c> method.
/// </remarks>
internal static class RedactingOptions
{
    private const string PiiJsonType = "Allio.PiiGuard.PiiJson";
    private const int MaxHops = 4;

    public static bool IsRedacting(IOperation? value) => Holds(value, MaxHops, Redacts);

    /// <summary>True when the options <paramref name="value"/> holds a converter of the application's for <paramref name="type"/>.</summary>
    public static bool ConvertsWithOwnConverter(IOperation? value, ITypeSymbol type) =>
        Holds(value, MaxHops, operation => operation is IObjectCreationOperation { Type: { } created } && Converts(created, type));

    /// <summary>A <c>JsonConverter&lt;T&gt;</c> of the compilation for <paramref name="type"/>.</summary>
    private static bool Converts(ITypeSymbol converter, ITypeSymbol type)
    {
        if (converter.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        for (var current = converter.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Arity: 1 } generic && SymbolNames.Is(generic.OriginalDefinition, "System.Text.Json.Serialization.JsonConverter`1"))
            {
                return SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                    type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
            }
        }

        return false;
    }

    /// <summary>A part of the options that makes them redact: PiiJson, or a sanitizer's call.</summary>
    private static bool Redacts(IOperation operation) =>
        operation is IInvocationOperation invocation && Mentions(invocation.TargetMethod)
        || operation is IMemberReferenceOperation member && Mentions(member.Member);

    /// <summary>True when <paramref name="value"/>, or what the locals and members it reads were given, has a part <paramref name="says"/> picks.</summary>
    private static bool Holds(IOperation? value, int hops, System.Func<IOperation, bool> says)
    {
        if (value is null || hops < 0)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            if (says(operation))
            {
                return true;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local when LocalHolds(local, hops - 1, says):
                    return true;
                case IFieldReferenceOperation or IPropertyReferenceOperation when InitializerHolds((IMemberReferenceOperation)operation, hops - 1, says):
                    return true;
            }
        }

        return false;
    }

    private static bool Mentions(ISymbol symbol) =>
        SymbolNames.Is(symbol.ContainingType, PiiJsonType)
        || symbol is IMethodSymbol method && SymbolNames.HasAttribute(method.OriginalDefinition, WellKnownNames.PiiSanitizerAttribute);

    private static bool LocalHolds(ILocalReferenceOperation local, int hops, System.Func<IOperation, bool> says)
    {
        if (hops < 0)
        {
            return false;
        }

        foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
        {
            if (Holds(stored, hops, says))
            {
                return true;
            }
        }

        var root = (IOperation)local;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        // options.TypeInfoResolver = …; resolver.Modifiers.Add(PiiJson.RedactingModifier);
        foreach (var operation in root.Descendants())
        {
            var (receiver, written) = operation switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment => (target.Instance, assignment.Value),
                IInvocationOperation { Instance: { } instance } call => (instance, (IOperation)call),
                _ => (null, null),
            };

            if (receiver is not null && RootLocal(receiver) is { } owner && SymbolEqualityComparer.Default.Equals(owner, local.Local)
                && written is not null && HoldsDirectly(written, says))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local at the start of a member chain: <c>options</c> in <c>options.TypeInfoResolverChain</c>.</summary>
    private static ILocalSymbol? RootLocal(IOperation receiver)
    {
        var current = receiver;
        while (current is IMemberReferenceOperation { Instance: { } instance })
        {
            current = instance;
        }

        return current is ILocalReferenceOperation local ? local.Local : null;
    }

    private static bool HoldsDirectly(IOperation value, System.Func<IOperation, bool> says)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (says(operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field or property initialized in the same file: its initializer decides.</summary>
    private static bool InitializerHolds(IMemberReferenceOperation reference, int hops, System.Func<IOperation, bool> says)
    {
        if (hops < 0 || reference.SemanticModel is not { } model || reference.Member.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var declaration = reference.Member.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        ExpressionSyntax? initializer = declaration.GetSyntax() switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };

        return initializer is not null && Holds(model.GetOperation(initializer), hops, says);
    }
}
