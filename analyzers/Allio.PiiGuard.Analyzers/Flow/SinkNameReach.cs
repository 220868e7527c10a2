using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Whether a method of the compilation may reach a sink of one set, by names alone: summarising a wrapper reads its
/// body and the bodies it calls, while this only looks at the names written there. A method may reach the sinks
/// when its declaration names one of their members or types (<c>Serialize</c>, <c>JsonSerializer</c>,
/// <c>Results</c>), constructs a type named like a constructed sink type (<c>new OkObjectResult(…)</c> for
/// <c>ObjectResult</c>), belongs to a type every member of which is a sink's (a controller), or calls by name a method
/// of the compilation that may, however deep. A rule that asks for the wrapper behind every call with a data-carrying
/// argument summarises only the methods that pass.
/// </summary>
/// <remarks>
/// Over-approximates, so it never hides a wrapper the summary would find, with one exception: a row whose value is its
/// receiver (<c>JsonNode.ToString()</c>) counts by its type's name and the names of the types deriving from it in the
/// same namespace (<c>JObject</c>, <c>XElement</c>), not by its member's name, which every type has.
/// Answers per name are kept for the compilation; a name met again while its own answer is being worked out (a
/// recursion) counts as no reach for that answer, which is then not kept.
/// </remarks>
internal sealed class SinkNameReach
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _constructedSuffixes = new();
    private readonly List<string> _everyMemberTypes = new();
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, bool> _byName = new(StringComparer.Ordinal);

    public SinkNameReach(Compilation compilation, SinkKind kind)
    {
        _compilation = compilation;
        foreach (var row in SinkTable.Rows)
        {
            if (row.Kind != kind || !TypePresence.Exists(compilation, row.TypeName))
            {
                continue;
            }

            _words.Add(SimpleName(row.TypeName));
            switch (row)
            {
                case { Shape: SinkShape.Construction }:
                    _constructedSuffixes.Add(LastWord(SimpleName(row.TypeName)));
                    break;
                case { Arguments: SinkArguments.Receiver }:
                    AddDerivedNames(compilation.GetTypeByMetadataName(row.TypeName));
                    break;
                default:
                    foreach (var member in row.Members)
                    {
                        if (member == SinkRow.AnyMember)
                        {
                            _everyMemberTypes.Add(row.TypeName);
                        }
                        else if (member != SinkRow.Indexer)
                        {
                            _words.Add(member);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>False when <paramref name="method"/> (declared by <paramref name="declaration"/>) cannot reach the sinks.</summary>
    public bool MayReach(IMethodSymbol method, SyntaxNode declaration)
    {
        if (InEveryMemberType(method))
        {
            return true;
        }

        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        return Mentions(declaration, inProgress, out _);
    }

    private bool Mentions(SyntaxNode declaration, HashSet<string> inProgress, out bool partial)
    {
        partial = false;
        foreach (var node in declaration.DescendantNodes())
        {
            switch (node)
            {
                case SimpleNameSyntax name when _words.Contains(name.Identifier.ValueText):
                    return true;
                case ObjectCreationExpressionSyntax creation when EndsWithConstructedSuffix(creation.Type):
                    return true;
                case ImplicitObjectCreationExpressionSyntax when _constructedSuffixes.Count > 0:
                    return true;
                case InvocationExpressionSyntax invocation when InvokedName(invocation.Expression) is { } called:
                    if (NameMayReach(called, inProgress, out var calledPartial))
                    {
                        return true;
                    }

                    partial |= calledPartial;
                    break;
            }
        }

        return false;
    }

    private bool NameMayReach(string name, HashSet<string> inProgress, out bool partial)
    {
        partial = false;
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!inProgress.Add(name))
        {
            partial = true;
            return false;
        }

        var reaches = false;
        foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.Member))
        {
            if (symbol is IMethodSymbol method && (reaches = InEveryMemberType(method) || AnyDeclarationMentions(method, inProgress, ref partial)))
            {
                break;
            }
        }

        inProgress.Remove(name);
        if (reaches || !partial)
        {
            _byName.TryAdd(name, reaches);
        }

        return reaches;
    }

    private bool AnyDeclarationMentions(IMethodSymbol method, HashSet<string> inProgress, ref bool partial)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var mentions = Mentions(reference.GetSyntax(), inProgress, out var inner);
            partial |= inner;
            if (mentions)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of a type whose every member is a sink's (a controller's helper calling <c>Ok(value)</c>).</summary>
    private bool InEveryMemberType(IMethodSymbol method)
    {
        foreach (var owner in _everyMemberTypes)
        {
            if (SymbolNames.IsOrDerivesFrom(method.ContainingType, owner))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithConstructedSuffix(TypeSyntax type)
    {
        var name = type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        foreach (var suffix in _constructedSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The names of the types of <paramref name="type"/>'s namespace that derive from it (<c>JObject</c> from <c>JToken</c>).</summary>
    private void AddDerivedNames(INamedTypeSymbol? type)
    {
        if (type?.ContainingNamespace is not { } space)
        {
            return;
        }

        foreach (var member in space.GetTypeMembers())
        {
            for (var current = member.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, type))
                {
                    _words.Add(member.Name);
                    break;
                }
            }
        }
    }

    private static string SimpleName(string metadataName)
    {
        var dot = metadataName.LastIndexOf('.');
        var simple = dot < 0 ? metadataName : metadataName.Substring(dot + 1);
        var tick = simple.IndexOf('`');
        return tick < 0 ? simple : simple.Substring(0, tick);
    }

    /// <summary>The last word of a Pascal-case name: <c>Result</c> of <c>ObjectResult</c>.</summary>
    private static string LastWord(string name)
    {
        for (var i = name.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(name[i]))
            {
                return name.Substring(i);
            }
        }

        return name;
    }
}
