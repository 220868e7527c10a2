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
/// or calls a <c>[PiiSanitizer]</c> method (a team's own helper returning redacting options or a resolver).
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

    public static bool IsRedacting(IOperation? value) => IsRedacting(value, MaxHops);

    private static bool IsRedacting(IOperation? value, int hops)
    {
        if (value is null || hops < 0)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when Mentions(invocation.TargetMethod):
                    return true;
                case IMemberReferenceOperation member when Mentions(member.Member):
                    return true;
                case ILocalReferenceOperation local when LocalIsRedacting(local, hops - 1):
                    return true;
                case IFieldReferenceOperation or IPropertyReferenceOperation when InitializerIsRedacting((IMemberReferenceOperation)operation, hops - 1):
                    return true;
            }
        }

        return false;
    }

    private static bool Mentions(ISymbol symbol) =>
        SymbolNames.Is(symbol.ContainingType, PiiJsonType)
        || symbol is IMethodSymbol method && SymbolNames.HasAttribute(method.OriginalDefinition, WellKnownNames.PiiSanitizerAttribute);

    private static bool LocalIsRedacting(ILocalReferenceOperation local, int hops)
    {
        if (hops < 0)
        {
            return false;
        }

        foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
        {
            if (IsRedacting(stored, hops))
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
                && written is not null && MentionsDirectly(written))
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

    private static bool MentionsDirectly(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation invocation && Mentions(invocation.TargetMethod)
                || operation is IMemberReferenceOperation member && Mentions(member.Member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A field or property initialized in the same file: its initializer decides.</summary>
    private static bool InitializerIsRedacting(IMemberReferenceOperation reference, int hops)
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

        return initializer is not null && IsRedacting(model.GetOperation(initializer), hops);
    }
}
