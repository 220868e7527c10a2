using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What the exception a <c>catch</c> clause names carries in its message, from the throws its <c>try</c> block reaches:
/// <c>try { await checks.RecheckAsync(id, ct); } catch (DbsMismatchException ex) { … ex.Message … }</c>, where
/// <c>RecheckAsync</c> in another file throws <c>new DbsMismatchException($"… {carer.Surname}")</c>. The methods the
/// block calls (through an interface's one implementation) are read from their syntax for <c>throw new T(…)</c> of the
/// caught type or a type derived from it; an argument counts when its constructor's parameter reaches the message whole.
/// </summary>
/// <remarks>
/// One call deep, as a team writes it: a service throws, a controller or endpoint catches and logs. What a parameter's
/// members give the message (<c>: base($"{appeal.Email}")</c>) is the type's own (<see cref="ExceptionMessages"/>).
/// </remarks>
internal sealed class CaughtExceptions
{
    private const int MaxMethods = 16;

    private readonly PiiFlow _flow;
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>> _byCatch = new();

    public CaughtExceptions(PiiFlow flow) => _flow = flow;

    /// <summary>The catch clause's variable <paramref name="reference"/> reads, with its <c>try</c>; null for any other local.</summary>
    public static (CatchDeclarationSyntax Declaration, TryStatementSyntax Try)? CatchOf(ILocalReferenceOperation reference) =>
        reference.Local.DeclaringSyntaxReferences.Length == 1
            && reference.Local.DeclaringSyntaxReferences[0].GetSyntax() is CatchDeclarationSyntax { Parent: CatchClauseSyntax { Parent: TryStatementSyntax statement } } declaration
            && reference.Local.Type is INamedTypeSymbol
            ? (declaration, statement)
            : null;

    /// <summary>The personal data the throws the <c>try</c> block reaches put into the message of the exception <paramref name="reference"/> holds.</summary>
    public ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> Sources(ILocalReferenceOperation reference)
    {
        if (CatchOf(reference) is not var (declaration, statement) || reference.SemanticModel is not { } model
            || statement.SyntaxTree != model.SyntaxTree)
        {
            return ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty;
        }

        return _byCatch.TryGetValue(declaration, out var known)
            ? known
            : _byCatch.GetOrAdd(declaration, Find(statement.Block, (INamedTypeSymbol)reference.Local.Type, model, FilteredPrefix(declaration)));
    }

    /// <summary>
    /// The text a catch clause's filter requires its message to start with (<c>when (ex.Message.StartsWith("No pupil"))</c>):
    /// only throws whose message can start so are caught there; null for no such filter.
    /// </summary>
    private static string? FilteredPrefix(CatchDeclarationSyntax declaration) =>
        declaration.Parent is CatchClauseSyntax
        {
            Filter.FilterExpression: InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Name.Identifier.ValueText: "StartsWith",
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Message", Expression: IdentifierNameSyntax caught },
                },
                ArgumentList.Arguments: { Count: 1 } arguments,
            },
        } && caught.Identifier.ValueText == declaration.Identifier.ValueText
            && arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string prefix }
            ? prefix
            : null;

    /// <summary>
    /// False when <paramref name="message"/> cannot start with <paramref name="prefix"/>: its constant start, the text before
    /// its first hole, already differs.
    /// </summary>
    private static bool MayStartWith(ExpressionSyntax message, string? prefix)
    {
        var start = message switch
        {
            LiteralExpressionSyntax { Token.Value: string text } => text,
            InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.TakeWhile(part => part is InterpolatedStringTextSyntax)
                .Select(part => ((InterpolatedStringTextSyntax)part).TextToken.ValueText)),
            _ => null,
        };
        return prefix is null || start is null || start.StartsWith(prefix, System.StringComparison.Ordinal) || prefix.StartsWith(start, System.StringComparison.Ordinal);
    }

    private ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> Find(BlockSyntax block, INamedTypeSymbol caught, SemanticModel model, string? prefix)
    {
        var sources = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var method in CalledMethods(block, model))
        {
            foreach (var creation in ThrownCreations(method.DeclaringSyntaxReferences[0].GetSyntax()))
            {
                if (SyntacticSummary.SimpleName(creation.Type) is not { } written
                    || SyntacticSummary.NamedType(written, creation, _flow.Compilation) is not { } thrown || !DerivesFrom(thrown, caught))
                {
                    continue;
                }

                foreach (var argument in MessageArguments(creation, thrown))
                {
                    if (!MayStartWith(argument, prefix))
                    {
                        continue;
                    }

                    foreach (var source in SyntacticSummary.SourcesOf(method, argument, _flow))
                    {
                        if (seen.Add(source.Item1))
                        {
                            sources.Add(source);
                        }
                    }
                }
            }
        }

        return sources.ToImmutable();
    }

    /// <summary>The methods of the compilation the block calls, an interface's method read as its one implementation.</summary>
    private IEnumerable<IMethodSymbol> CalledMethods(BlockSyntax block, SemanticModel model)
    {
        var methods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var call in block.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol called)
            {
                continue;
            }

            var method = _flow.Implementations.SoleOf(called.OriginalDefinition) ?? called.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.Length == 1 && !method.IsAbstract && methods.Add(method))
            {
                yield return method;
                if (methods.Count == MaxMethods)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>The exceptions a declaration builds where it throws them (<c>throw new T(…)</c>, <c>?? throw new T(…)</c>).</summary>
    private static IEnumerable<ObjectCreationExpressionSyntax> ThrownCreations(SyntaxNode declaration)
    {
        foreach (var node in declaration.DescendantNodes())
        {
            var thrown = node switch
            {
                ThrowStatementSyntax statement => statement.Expression,
                ThrowExpressionSyntax expression => expression.Expression,
                _ => null,
            };
            if (thrown is ObjectCreationExpressionSyntax creation)
            {
                yield return creation;
            }
        }
    }

    /// <summary>
    /// The arguments whose parameter reaches the message whole, by position or name, in every constructor of the
    /// thrown type the call can bind to by its count of arguments.
    /// </summary>
    private static IEnumerable<ExpressionSyntax> MessageArguments(ObjectCreationExpressionSyntax creation, INamedTypeSymbol thrown)
    {
        var arguments = creation.ArgumentList?.Arguments ?? default;
        if (arguments.Count == 0)
        {
            yield break;
        }

        foreach (var constructor in thrown.InstanceConstructors)
        {
            var parameters = constructor.Parameters;
            if (parameters.Length < arguments.Count || parameters.Skip(arguments.Count).Any(p => !p.IsOptional))
            {
                continue;
            }

            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                var parameter = argument.NameColon is { Name.Identifier.ValueText: var name }
                    ? parameters.FirstOrDefault(p => p.Name == name)
                    : parameters[i];
                if (parameter is not null && ExceptionMessages.ReachingMembers(parameter) is null)
                {
                    yield return argument.Expression;
                }
            }
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol caught)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, caught.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
