using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// Where the compilation sets <c>….IncludeFields = true</c> on options configured away from the serializing call: on a
/// member of another type (<c>JsonDefaults.Options.IncludeFields = true</c> in startup code), and application-wide for
/// ASP.NET Core — MVC's <c>AddJsonOptions(o =&gt; o.JsonSerializerOptions.IncludeFields = true)</c>, the minimal APIs'
/// <c>ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.IncludeFields = true)</c>, also through
/// <c>Configure&lt;JsonOptions&gt;(…)</c> or an options class's <c>Configure</c> method.
/// </summary>
/// <remarks>
/// Read once per compilation, the first time a serializer's reading of fields depends on it, from the files whose text
/// names the option (the others' syntax is not walked); each file's answer is kept with its syntax tree.
/// </remarks>
internal sealed class IncludeFieldsSettings
{
    /// <summary>The option's name, as the options property and the source-generation attribute's named argument spell it.</summary>
    internal const string IncludeFields = "IncludeFields";

    private static readonly ImmutableArray<string> Needle = [IncludeFields];

    /// <summary>
    /// Each file's settings, kept with its syntax tree: an edit makes a new compilation but keeps the trees of the files it
    /// did not touch, so only the edited file is read again. A tree refers to no compilation.
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxTree, Setting[]> Trees = new();

    private static readonly HashSet<string> Configurers = new() { "AddJsonOptions", "ConfigureHttpJsonOptions", "Configure", "PostConfigure", "ConfigureAll", "PostConfigureAll" };

    private readonly Compilation _compilation;
    private Found? _found;

    public IncludeFieldsSettings(Compilation compilation) => _compilation = compilation;

    /// <summary>MVC's options (controllers' results) include fields: <c>AddJsonOptions(o =&gt; o.JsonSerializerOptions.IncludeFields = true)</c>.</summary>
    public bool Mvc => Get().Mvc;

    /// <summary>The minimal APIs' options (<c>Results</c>, <c>WriteAsJsonAsync</c>) include fields: <c>ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.IncludeFields = true)</c>.</summary>
    public bool Http => Get().Http;

    /// <summary>
    /// True when code outside <paramref name="member"/>'s type sets <c>IncludeFields = true</c> on it: through its type's
    /// name (a static member), or through a parameter or member whose type holds it or cannot be resolved.
    /// </summary>
    public bool SetOnMember(ISymbol member)
    {
        if (!Get().ByMember.TryGetValue(member.Name, out var owners))
        {
            return false;
        }

        foreach (var owner in owners)
        {
            if (OwnerMayBe(owner, member.ContainingType))
            {
                return true;
            }
        }

        return false;
    }

    private bool OwnerMayBe(ExpressionSyntax owner, INamedTypeSymbol type)
    {
        if (owner is IdentifierNameSyntax or QualifiedNameSyntax or MemberAccessExpressionSyntax
            && (owner is IdentifierNameSyntax name ? SyntacticSummary.NamedType(name.Identifier.ValueText, owner, _compilation) : TypeLookup.Find(_compilation, owner.ToString())) is { } named)
        {
            return SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type.OriginalDefinition);
        }

        // An instance: its type, when the enclosing member's parameters and the declaring type's members name it.
        if (owner.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
            && DeclaredTypes.Of(declaration, _compilation) is { } subscriber
            && FieldStores.EnclosingMethod(owner, FieldStores.MethodsByDeclaration(subscriber)) is { } enclosing)
        {
            var resolved = SyntacticSummary.TypeOf(enclosing, owner, _compilation);
            if (resolved is not null)
            {
                for (var current = resolved; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, type.OriginalDefinition))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        // Cannot be resolved from syntax (a local, a call's result): may be it.
        return true;
    }

    private Found Get()
    {
        if (Volatile.Read(ref _found) is { } found)
        {
            return found;
        }

        Interlocked.CompareExchange(ref _found, Scan(), null);
        return _found!;
    }

    private Found Scan()
    {
        var found = new Found();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var setting in Trees.GetValue(tree, ScanTree))
            {
                if (setting.InConfigurer && setting.Member is "JsonSerializerOptions" or "SerializerOptions")
                {
                    found.Mvc |= setting.Member == "JsonSerializerOptions";
                    found.Http |= setting.Member == "SerializerOptions";
                }

                if (!found.ByMember.TryGetValue(setting.Member, out var owners))
                {
                    found.ByMember[setting.Member] = owners = new List<ExpressionSyntax>();
                }

                owners.Add(setting.Owner);
            }
        }

        return found;
    }

    /// <summary>The file's <c>owner.Member.IncludeFields = true</c> assignments; its syntax is walked only when its text names the option.</summary>
    private static Setting[] ScanTree(SyntaxTree tree)
    {
        if (!TextSearch.ContainsAny(tree.GetText(), Needle))
        {
            return [];
        }

        var settings = new List<Setting>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax
                {
                    RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                    Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: IncludeFields, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member, Expression: var owner } },
                    Right: var value,
                } assignment
                && value.IsKind(SyntaxKind.TrueLiteralExpression))
            {
                settings.Add(new Setting(member, owner, InConfigurer(assignment)));
            }
        }

        return [.. settings];
    }

    /// <summary>Inside a lambda given to <c>AddJsonOptions</c>, <c>ConfigureHttpJsonOptions</c>, <c>Configure…</c>, or a method named <c>Configure</c>/<c>PostConfigure</c>.</summary>
    private static bool InConfigurer(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case InvocationExpressionSyntax invocation when CalledName(invocation.Expression) is { } name && Configurers.Contains(name):
                    return true;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText is "Configure" or "PostConfigure";
            }
        }

        return false;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>owner.Member.IncludeFields = true</c>, and whether it configures an application's options.</summary>
    private sealed record Setting(string Member, ExpressionSyntax Owner, bool InConfigurer);

    private sealed class Found
    {
        public Dictionary<string, List<ExpressionSyntax>> ByMember { get; } = new();

        public bool Mvc { get; set; }

        public bool Http { get; set; }
    }
}
