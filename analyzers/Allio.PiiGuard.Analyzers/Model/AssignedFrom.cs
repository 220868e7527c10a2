using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// A member named for something else that the code fills with a personal member's value:
/// <c>new ConfirmationViewModel { Name = application.FullName }</c>, <c>request.CreatedBy = user.Name</c>,
/// <c>state with { Contact = candidate.Email }</c>. The name table cannot read <c>Name</c> of a view model as a person's,
/// but the assignment says whose it is.
/// </summary>
/// <remarks>
/// Cost: a cheap syntax walk per tree (cached per <see cref="SyntaxTree"/>, so an edit walks only the edited file) keeps
/// the simple assignments, initializer entries and <c>with</c> entries whose value is a plain read of a member the name
/// table can spell (<c>x.FullName</c>, <c>x?.Email.Trim()</c>, <c>(x.Phone)!</c>, <c>new[] { x.UserName }</c>), keyed by the
/// assigned member's name. Per compilation they are merged into one look-up, built on the first query. Only the few entries
/// whose assigned name is the member asked about are bound, each tree's model made once per compilation.
/// Arithmetic, comparisons, counts, interpolations and other calls are no plain read and never kept.
/// </remarks>
internal static class AssignedFrom
{
    /// <summary>Why a member holds personal data: the kind and the member read into it (<c>Application.FullName</c>).</summary>
    public readonly record struct Finding(PiiNameHeuristics.Match Match, string Source);

    /// <summary>Calls that reshape a value without changing whose it is.</summary>
    private static readonly HashSet<string> Reshapers = new(StringComparer.Ordinal)
    {
        "Trim", "TrimStart", "TrimEnd", "ToString", "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant", "Normalize",
        "ToShortDateString", "ToLongDateString",
    };

    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Trees = new();

    private static readonly ConditionalWeakTable<Compilation, Index> Indexes = new();

    /// <summary>
    /// The personal member whose value source code assigns to <paramref name="member"/> (or to a member implementing or
    /// overriding it), or null. The caller has ruled out members the name table or a mark already decides.
    /// </summary>
    public static Finding? Find(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var index = Indexes.GetValue(compilation, static c => new Index(c));
        if (!HoldsValues(TypeOf(member)) || !index.Assignments.Value.TryGetValue(member.Name, out var candidates)
            || member.ContainingType is not { } owner || HoldsNoPersonsContact(owner, compilation))
        {
            return null;
        }

        foreach (var assignment in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = index.Model(assignment.SyntaxTree);
            if (!Targets(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, member))
            {
                continue;
            }

            if (Source(model, assignment.Right, member, cancellationToken) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The cheap part of <see cref="Find"/>: a value member whose name some file assigns a read of a member the name table
    /// spells. Callers ask it before reading marks.
    /// </summary>
    public static bool MayBeAssigned(ISymbol member, Compilation compilation) =>
        HoldsValues(TypeOf(member)) && Indexes.GetValue(compilation, static c => new Index(c)).Assignments.Value.ContainsKey(member.Name);

    /// <summary>The kind every element of the assigned value reads, when all are reads of one kind of personal member.</summary>
    private static Finding? Source(SemanticModel model, ExpressionSyntax value, ISymbol target, CancellationToken cancellationToken)
    {
        Finding? found = null;
        foreach (var element in Elements(value))
        {
            if (Read(element) is not { } read
                || model.GetSymbolInfo(read, cancellationToken).Symbol?.OriginalDefinition is not ({ Kind: SymbolKind.Property or SymbolKind.Field } source)
                || SymbolEqualityComparer.Default.Equals(source, target.OriginalDefinition)
                || Classify(source, TypeOf(target)) is not { } match
                || (found is { } previous && previous.Match.Kind != match.Kind))
            {
                return null;
            }

            found ??= new Finding(match, source.ContainingType.Name + "." + source.Name);
        }

        return found;
    }

    /// <summary>
    /// A source member's kind: its mark's, or the name table's guess made as PII006 makes it (its own type as context),
    /// when a value of the assigned member's type can hold that kind.
    /// </summary>
    private static PiiNameHeuristics.Match? Classify(ISymbol source, ITypeSymbol? targetType)
    {
        if (PiiModel.IsNotPii(source) || targetType is null)
        {
            return null;
        }

        if (PiiModel.GetPii(source) is { } marked)
        {
            return marked.Kind == PiiInfo.UnspecifiedKind ? null
                : new PiiNameHeuristics.Match(marked.Kind, marked.Kind, Sensitive: marked.Category != PiiCategory.Personal);
        }

        // The same guess once more with the assigned member's type: a date read as text, or a Guid into a string, still
        // has to be a shape the kind is stored in.
        return PiiNameHeuristics.ClassifySymbol(source) is { DiscoveryOnly: false } match
            && PiiNameHeuristics.Classify(source.Name, targetType, source.ContainingType?.Name, source.ContainingType?.MemberNames) is { } reshaped
            && reshaped.Kind == match.Kind
                ? match
                : null;
    }

    /// <summary>The bound target is the member asked about, or implements or overrides it.</summary>
    private static bool Targets(ISymbol? bound, ISymbol member)
    {
        member = member.OriginalDefinition;
        for (var current = bound?.OriginalDefinition; current is not null; current = PiiModel.Overridden(current)?.OriginalDefinition)
        {
            if (SymbolEqualityComparer.Default.Equals(current, member)
                || SymbolEqualityComparer.Default.Equals(PiiModel.ImplementedMember(current)?.OriginalDefinition, member))
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    /// <summary>Text, numbers, ids, dates, or a collection of them; never a flag or an object.</summary>
    private static bool HoldsValues(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol { ElementType.SpecialType: not SpecialType.System_Char } array)
        {
            type = array.ElementType;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true, Arity: 1 } generic && type.SpecialType != SpecialType.System_Nullable_T
            && IsEnumerable(generic))
        {
            type = generic.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type switch
        {
            null => false,
            { SpecialType: SpecialType.System_String or SpecialType.System_DateTime or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal } => true,
            IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char } => true,
            _ => type.TypeKind == TypeKind.Enum || SymbolNames.Is(type, "System.Guid") || SymbolNames.Is(type, "System.DateTimeOffset")
                || SymbolNames.Is(type, "System.DateOnly"),
        };
    }

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A type the name table reads as holding no person's contact data (an organisation, premises, settings, a mail
    /// transport, a media credit): whatever it is assigned, it describes that, not a person.
    /// </summary>
    private static bool HoldsNoPersonsContact(INamedTypeSymbol owner, Compilation compilation) =>
        PiiNameHeuristics.Classify("Email", compilation.GetSpecialType(SpecialType.System_String), owner.Name) is null;

    /// <summary>The elements of a collection built in place (<c>new[] { a.Email }</c>, <c>[a.Email]</c>), else the value itself.</summary>
    private static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax value)
    {
        switch (value)
        {
            case ImplicitArrayCreationExpressionSyntax { Initializer.Expressions: { Count: > 0 } items }:
                return items;
            case ArrayCreationExpressionSyntax { Initializer.Expressions: { Count: > 0 } items }:
                return items;
            case CollectionExpressionSyntax { Elements.Count: > 0 } collection:
                var expressions = new List<ExpressionSyntax>();
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: var expression })
                    {
                        return [value];
                    }

                    expressions.Add(expression);
                }

                return expressions;
            default:
                return [value];
        }
    }

    /// <summary>
    /// The member read a value is (<c>x.Email</c>, <c>x?.Email</c>), through parentheses, <c>!</c>, casts, a nullable's
    /// <c>.Value</c> and reshaping calls (<c>x.Email.Trim()</c>, <c>x?.Name?.ToUpper()</c>); null for anything else.
    /// </summary>
    private static ExpressionSyntax? Read(ExpressionSyntax value) => Read(value, out _);

    private static ExpressionSyntax? Read(ExpressionSyntax value, out bool receiver)
    {
        receiver = false;
        switch (value)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Read(parenthesized.Expression, out receiver);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                return Read(suppressed.Operand, out receiver);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call when IsReshaper(access.Name, call):
                return Read(access.Expression, out receiver);
            case InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } call when IsReshaper(binding.Name, call):
                // x?.Trim(): the value read is the conditional access's receiver.
                receiver = true;
                return null;
            case ConditionalAccessExpressionSyntax conditional:
                var read = Read(conditional.WhenNotNull, out var ofReceiver);
                return ofReceiver ? Read(conditional.Expression, out receiver) : read;
            case CastExpressionSyntax cast:
                return Read(cast.Expression, out receiver);
            // A nullable's value (x.CandidateId.Value) is the member's.
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name.Identifier.ValueText: "Value" } access
                when access.Expression is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax:
                return Read(access.Expression, out receiver);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                return access;
            case MemberBindingExpressionSyntax binding:
                return binding;
            default:
                return null;
        }
    }

    private static bool IsReshaper(SimpleNameSyntax name, InvocationExpressionSyntax call) =>
        Reshapers.Contains(name.Identifier.ValueText) && call.ArgumentList.Arguments.Count <= 1;

    private static string? ReadName(ExpressionSyntax read) => read switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The assigned member's name: <c>x.Name = …</c>, <c>Name = …</c> (an initializer's, a <c>with</c>'s, or the type's own).</summary>
    private static string? TargetName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>True when some element of the value reads a member whose name the table spells.</summary>
    private static bool ReadsNamedMember(ExpressionSyntax value)
    {
        foreach (var element in Elements(value))
        {
            if (Read(element) is { } read && ReadName(read) is { } name && PiiNameHeuristics.MatchName(name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Code written by tools: designer files, <c>.g.cs</c>, files that say they are generated.</summary>
    private static bool IsGenerated(SyntaxTree tree, SyntaxNode root)
    {
        var path = tree.FilePath ?? string.Empty;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".g.i.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var trivia in root.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var text = trivia.ToString();
                if (text.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One file's assignments of a plain member read, by assigned member name.</summary>
    private sealed class TreeFacts
    {
        public static readonly TreeFacts None = new(new Dictionary<string, List<AssignmentExpressionSyntax>>());

        private TreeFacts(Dictionary<string, List<AssignmentExpressionSyntax>> byTarget) => ByTarget = byTarget;

        public Dictionary<string, List<AssignmentExpressionSyntax>> ByTarget { get; }

        public static TreeFacts Collect(SyntaxTree tree)
        {
            var root = tree.GetRoot();
            if (IsGenerated(tree, root))
            {
                return None;
            }

            Dictionary<string, List<AssignmentExpressionSyntax>>? byTarget = null;
            foreach (var node in root.DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    && TargetName(assignment.Left) is { } name && ReadsNamedMember(assignment.Right))
                {
                    byTarget ??= new Dictionary<string, List<AssignmentExpressionSyntax>>(StringComparer.Ordinal);
                    if (!byTarget.TryGetValue(name, out var list))
                    {
                        byTarget[name] = list = [];
                    }

                    list.Add(assignment);
                }
            }

            return byTarget is null ? None : new TreeFacts(byTarget);
        }
    }

    /// <summary>A compilation's look-up, merged from its files' facts on first use, and the models bound for it.</summary>
    private sealed class Index
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

        public Index(Compilation compilation)
        {
            _compilation = compilation;
            Assignments = new Lazy<Dictionary<string, ImmutableArray<AssignmentExpressionSyntax>>>(Merge, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Lazy<Dictionary<string, ImmutableArray<AssignmentExpressionSyntax>>> Assignments { get; }

        /// <summary>
        /// One model per candidate file and compilation. The rule runs on symbols, which come with no model; only files
        /// holding an assignment to the member asked about are bound, and only at that assignment. This is the model
        /// RS1030 warns of (the driver's own is not reachable from a symbol action): kept to these few expressions.
        /// </summary>
        public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));

        private Dictionary<string, ImmutableArray<AssignmentExpressionSyntax>> Merge()
        {
            var builders = new Dictionary<string, ImmutableArray<AssignmentExpressionSyntax>.Builder>(StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var pair in Trees.GetValue(tree, TreeFacts.Collect).ByTarget)
                {
                    if (!builders.TryGetValue(pair.Key, out var builder))
                    {
                        builders[pair.Key] = builder = ImmutableArray.CreateBuilder<AssignmentExpressionSyntax>();
                    }

                    builder.AddRange(pair.Value);
                }
            }

            var merged = new Dictionary<string, ImmutableArray<AssignmentExpressionSyntax>>(builders.Count, StringComparer.Ordinal);
            foreach (var pair in builders)
            {
                merged[pair.Key] = pair.Value.ToImmutable();
            }

            return merged;
        }
    }
}
