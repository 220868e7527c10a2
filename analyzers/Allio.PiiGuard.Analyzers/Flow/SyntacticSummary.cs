using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A method summary read from syntax and symbols alone, for callees in another tree (no semantic model
/// may be asked for there). Names are resolved through the method's parameters and the members of their
/// types: <c>u.Email</c>, <c>this.Email</c>, <c>$"{u.First} {u.Last}"</c>, <c>a + b</c>, <c>x ?? y</c>,
/// <c>c ? x : y</c>, <c>u.Email.Trim()</c>, <c>string.Format/Concat/Join</c>. Anything else counts as clean.
/// </summary>
internal static class SyntacticSummary
{
    private static readonly ImmutableHashSet<string> StringTransforms = ImmutableHashSet.Create(
        "ToString", "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant",
        "Substring", "Replace", "PadLeft", "PadRight", "Normalize");

    private static readonly ImmutableHashSet<string> StringBuilders = ImmutableHashSet.Create("Format", "Concat", "Join");

    public static MethodSummary Compute(IMethodSymbol method, SyntaxNode declaration)
    {
        var reader = new Reader(method);
        foreach (var returned in ReturnedExpressions(declaration))
        {
            reader.Read(returned, depth: 0);
        }

        return new MethodSummary(reader.Sources.ToImmutable(), reader.FlowingParameters);
    }

    /// <summary>The parameters of <paramref name="method"/> whose values <paramref name="expression"/> carries (bit <c>i</c> for parameter <c>i</c>).</summary>
    public static ulong ParametersReaching(IMethodSymbol method, ExpressionSyntax expression)
    {
        var reader = new Reader(method);
        reader.Read(expression, depth: 0);
        return reader.FlowingParameters;
    }

    /// <summary>
    /// The type of a receiver written in <paramref name="method"/>: a parameter, a member of the containing type or a
    /// chain over them, else a type named there (<c>Console</c>, through the file's <c>using</c>s and <c>System</c>).
    /// </summary>
    public static ITypeSymbol? TypeOf(IMethodSymbol method, ExpressionSyntax expression, Compilation compilation)
    {
        if (Reader.TypeOf(new Reader(method).Resolve(expression)) is { } type)
        {
            return type;
        }

        return expression switch
        {
            IdentifierNameSyntax identifier => NamedType(identifier.Identifier.ValueText, expression, compilation),
            GenericNameSyntax generic => NamedType(generic.Identifier.ValueText + "`" + generic.TypeArgumentList.Arguments.Count, expression, compilation),
            MemberAccessExpressionSyntax or QualifiedNameSyntax => compilation.GetTypeByMetadataName(expression.ToString()),
            _ => null,
        };
    }

    /// <summary>A type named by its simple name where <paramref name="place"/> is: its namespaces, the file's <c>using</c>s, <c>System</c>.</summary>
    public static INamedTypeSymbol? NamedType(string name, SyntaxNode place, Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(name) is { } global)
        {
            return global;
        }

        foreach (var node in place.AncestorsAndSelf())
        {
            var (space, usings) = node switch
            {
                BaseNamespaceDeclarationSyntax declaration => (declaration.Name.ToString(), declaration.Usings),
                CompilationUnitSyntax unit => ("System", unit.Usings),
                _ => (null, default(SyntaxList<UsingDirectiveSyntax>)),
            };
            if (space is not null && compilation.GetTypeByMetadataName(space + "." + name) is { } inNamespace)
            {
                return inNamespace;
            }

            foreach (var directive in usings)
            {
                if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } imported
                    && compilation.GetTypeByMetadataName(imported + "." + name) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode declaration)
    {
        var (block, arrow) = declaration switch
        {
            BaseMethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
            AccessorDeclarationSyntax accessor => (accessor.Body, accessor.ExpressionBody),
            LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
            ArrowExpressionClauseSyntax clause => (null, clause),
            _ => ((BlockSyntax?)null, (ArrowExpressionClauseSyntax?)null),
        };
        if (arrow is not null)
        {
            yield return arrow.Expression;
        }

        if (block is null)
        {
            yield break;
        }

        foreach (var node in block.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax { Expression: { } expression })
            {
                yield return expression;
            }
        }
    }

    private sealed class Reader
    {
        private const int MaxDepth = 32;
        private readonly IMethodSymbol _method;
        private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);

        public Reader(IMethodSymbol method) => _method = method;

        public ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Builder Sources { get; } = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();

        public ulong FlowingParameters { get; private set; }

        public void Read(ExpressionSyntax? expression, int depth)
        {
            if (expression is null || depth > MaxDepth)
            {
                return;
            }

            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    Read(parenthesized.Expression, depth + 1);
                    break;
                case CastExpressionSyntax cast:
                    Read(cast.Expression, depth + 1);
                    break;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax:
                    ReadName(expression);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolationSyntax interpolation)
                        {
                            Read(interpolation.Expression, depth + 1);
                        }
                    }

                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                    Read(binary.Left, depth + 1);
                    Read(binary.Right, depth + 1);
                    break;
                case ConditionalExpressionSyntax conditional:
                    Read(conditional.WhenTrue, depth + 1);
                    Read(conditional.WhenFalse, depth + 1);
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    ReadInvocation(access, invocation.ArgumentList, depth);
                    break;
            }
        }

        private void ReadInvocation(MemberAccessExpressionSyntax access, ArgumentListSyntax arguments, int depth)
        {
            var name = access.Name.Identifier.ValueText;
            if (access.Expression is PredefinedTypeSyntax { Keyword.ValueText: "string" } || access.Expression is IdentifierNameSyntax { Identifier.ValueText: "String" })
            {
                if (StringBuilders.Contains(name))
                {
                    foreach (var argument in arguments.Arguments)
                    {
                        Read(argument.Expression, depth + 1);
                    }
                }
            }
            else if (StringTransforms.Contains(name))
            {
                Read(access.Expression, depth + 1);
            }
        }

        private void ReadName(ExpressionSyntax expression)
        {
            var symbol = Resolve(expression);
            if (symbol is IParameterSymbol { Ordinal: < 64 } parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
            {
                FlowingParameters |= 1UL << parameter.Ordinal;
            }

            if (symbol is not null && PiiModel.GetPii(symbol) is { } pii && _seen.Add(symbol))
            {
                Sources.Add((symbol, pii, null));
            }
        }

        /// <summary>Resolves a parameter, a member of the containing type, or a member access chain over them.</summary>
        public ISymbol? Resolve(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => ResolveIdentifier(identifier.Identifier.ValueText),
            ThisExpressionSyntax => _method.ContainingType,
            ParenthesizedExpressionSyntax parenthesized => Resolve(parenthesized.Expression),
            MemberAccessExpressionSyntax access => Member(TypeOf(Resolve(access.Expression)), access.Name.Identifier.ValueText),
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } conditional =>
                Member(TypeOf(Resolve(conditional.Expression)), binding.Name.Identifier.ValueText),
            _ => null,
        };

        private ISymbol? ResolveIdentifier(string name)
        {
            foreach (var parameter in _method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }

            return Member(_method.ContainingType, name);
        }

        public static ITypeSymbol? TypeOf(ISymbol? symbol) => symbol switch
        {
            IParameterSymbol parameter => parameter.Type,
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            ITypeSymbol type => type,
            _ => null,
        };

        private static ISymbol? Member(ITypeSymbol? type, string name)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(name))
                {
                    if (member is IFieldSymbol or IPropertySymbol)
                    {
                        return member;
                    }
                }
            }

            return null;
        }
    }
}
