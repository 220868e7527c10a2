using System;
using System.Linq;
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
/// <c>c ? x : y</c>, <c>u.Email.Trim()</c>, <c>string.Format/Concat/Join</c>. Anything else carries what flows
/// into it (a call its receiver and arguments, a creation or a tuple its parts), except yes/no answers
/// (comparisons, patterns, methods returning <c>bool</c>) and calls that resolve to a sanitizer or only to methods
/// returning numbers.
/// </summary>
internal static class SyntacticSummary
{
    private static readonly ImmutableHashSet<string> StringTransforms = ImmutableHashSet.Create(
        "ToString", "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant",
        "Substring", "Replace", "PadLeft", "PadRight", "Normalize");

    private static readonly ImmutableHashSet<string> StringBuilders = ImmutableHashSet.Create("Format", "Concat", "Join");

    public static MethodSummary Compute(IMethodSymbol method, SyntaxNode declaration, PiiFlow flow)
    {
        if (PiiFlow.IsAnswer(method.ReturnType))
        {
            return MethodSummary.Empty;
        }

        var reader = new Reader(method, flow) { ParametersOnlyFlow = true };
        foreach (var returned in ReturnedExpressions(method, declaration))
        {
            reader.Read(returned, depth: 0);
        }

        return new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters);
    }

    /// <summary>
    /// What a value written in <paramref name="method"/> carries, as if the method returned it (a constructor's argument to its
    /// base, see <see cref="ConstructorCopies.PassedToBase"/>): its own sources and the parameters that reach it.
    /// </summary>
    public static MethodSummary ComputeValue(IMethodSymbol method, ExpressionSyntax value, PiiFlow flow)
    {
        var reader = new Reader(method, flow) { ParametersOnlyFlow = true };
        reader.Read(value, depth: 0);
        return new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters);
    }

    /// <summary>What a lambda read from syntax returns (<see cref="StoredDelegates.InitialLambda"/>): its own sources and the parameters that reach it.</summary>
    public static MethodSummary ComputeLambda(SyntacticScope scope, AnonymousFunctionExpressionSyntax lambda, PiiFlow flow)
    {
        var reader = new Reader(scope, flow) { ParametersOnlyFlow = true };
        if (lambda.ExpressionBody is { } expression)
        {
            reader.Read(expression, depth: 0);
        }
        else if (lambda.Block is { } block)
        {
            foreach (var node in block.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ReturnStatementSyntax { Expression: { } returned })
                {
                    reader.Read(returned, depth: 0);
                }
            }
        }

        return new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters);
    }

    /// <summary>
    /// What element <paramref name="index"/> of the tuples <paramref name="method"/> returns carries: that element of a returned
    /// tuple literal, the whole of any other returned value; not what it writes to <c>out</c> parameters.
    /// </summary>
    public static MethodSummary ComputeElement(IMethodSymbol method, SyntaxNode declaration, int index, PiiFlow flow)
    {
        var reader = new Reader(method, flow) { ParametersOnlyFlow = true };
        var literals = true;
        foreach (var returned in ReturnedExpressions(method, declaration))
        {
            if (returned.Parent is not AssignmentExpressionSyntax)
            {
                var element = ElementOf(returned, index);
                literals &= element != returned;
                reader.Read(element, depth: 0);
            }
        }

        // Rows a library reads typed by a tuple (Dapper's QueryAsync<(string, string, DateTime)>) and returned whole: the
        // element holds what the method's return type names it, as the code says nothing else of it.
        if (!literals && reader.Sources.Count == 0 && ReadsRowsAsTuples(declaration)
            && TypeContents.Item(PiiNameHeuristics.Awaited(method.ReturnType)) is INamedTypeSymbol { IsTupleType: true, TupleElements: var elements }
            && index < elements.Length && flow.GetTupleElement(elements[index]) is { } named)
        {
            reader.Sources.Add((elements[index], named, null));
        }

        return new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters);
    }

    /// <summary>True when the method calls a generic method with a tuple type argument (<c>conn.QueryAsync&lt;(string, string)&gt;(sql)</c>).</summary>
    private static bool ReadsRowsAsTuples(SyntaxNode declaration)
    {
        foreach (var name in declaration.DescendantNodes().OfType<GenericNameSyntax>())
        {
            if (name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax }
                && name.TypeArgumentList.Arguments is { Count: 1 } arguments && arguments[0] is TupleTypeSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a constructor's argument or an initialized member (<paramref name="part"/>) carries in the objects a method of
    /// another file returns (<c>Failure(string error) =&gt; new(false, default, error)</c>): read from its returned
    /// constructions of <paramref name="item"/>; a returned value of another shape gives nothing, as a traced part does.
    /// </summary>
    public static MethodSummary ComputeCopiedPart(IMethodSymbol method, SyntaxNode declaration, ValuePart part, INamedTypeSymbol item, PiiFlow flow)
    {
        var reader = new Reader(method, flow) { ParametersOnlyFlow = true };
        foreach (var returned in ReturnedExpressions(method, declaration))
        {
            if (returned.Parent is not AssignmentExpressionSyntax && CopiedPartOf(returned, part, item) is { } given)
            {
                reader.Read(given, depth: 0);
            }
        }

        return new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters);
    }

    /// <summary>
    /// A factory whose every returned value is a construction of the type it returns (<c>new() { Id = job.Id, FromArea =
    /// outward }</c>), a copy made <c>with</c> new values, or a local whose members the body sets before returning it: the
    /// members each one decides (initialized, copied by the constructor, or set) and what their values carry; null for
    /// any other method, or one that also writes <c>out</c>/<c>ref</c> parameters.
    /// </summary>
    public static SyntacticFactory? ComputeFactory(IMethodSymbol method, SyntaxNode declaration, PiiFlow flow)
    {
        if (method.ReturnType is not INamedTypeSymbol type || !PiiFlow.IsDeclaredInSource(type) || type.IsTupleType)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Out or RefKind.Ref)
            {
                return null;
            }
        }

        var reader = new Reader(method, flow);
        var initializedMembers = ImmutableArray.CreateBuilder<(ISymbol, MethodSummary)>();
        if (OverwritingBody(declaration) is { } overwrites)
        {
            // var dto = m.ToDto(); dto.FullName = Mask.Initial(dto.FullName); return dto;: the members set decide.
            var set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var (name, given) in overwrites)
            {
                if (MemberNamed(type, name) is not { } member)
                {
                    return null;
                }

                set.Add(member);
                var values = new Reader(method, flow);
                values.Read(given, depth: 0);
                initializedMembers.Add((member, new MethodSummary(values.Sources.ToImmutable(), values.Parameters)));
            }

            return new SyntacticFactory(type, set, MethodSummary.Empty, initializedMembers.ToImmutable());
        }

        HashSet<ISymbol>? decided = null;
        foreach (var returned in ReturnedExpressions(method, declaration))
        {
            var value = returned;
            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            // A construction decides what it sets; a copy made `with` new values decides those it sets, the rest it copies
            // (snapshot with { RiderName = Mask.Initial(snapshot.RiderName) }), which the caller judges by type.
            var (members, arguments, initializer) = value switch
            {
                BaseObjectCreationExpressionSyntax creation when Builds(creation, type)
                    => (DecidedBy(creation, type, flow), creation.ArgumentList?.Arguments ?? default, creation.Initializer),
                WithExpressionSyntax copy => (SetBy(copy.Initializer, type), default, copy.Initializer),
                _ => (null, default(SeparatedSyntaxList<ArgumentSyntax>), null),
            };
            if (members is null)
            {
                return null;
            }

            if (decided is null)
            {
                decided = members;
            }
            else
            {
                decided.IntersectWith(members);
            }

            var copies = flow.CopiesOf(type);
            var positional = true;
            foreach (var argument in arguments)
            {
                positional &= argument.NameColon is null;
            }

            for (var i = 0; i < arguments.Count; i++)
            {
                // new(c.CaseNumber, c.FullName, …) of a record: what each copied property is given, apart, so a copy made
                // `with` new values for some of them (or a reader that skips them) leaves out what they were given.
                if (positional && CopiedAt(copies, type, i) is { } copied)
                {
                    var given = new Reader(method, flow);
                    given.Read(arguments[i].Expression, depth: 0);
                    initializedMembers.Add((copied, new MethodSummary(given.Sources.ToImmutable(), given.Parameters)));
                }
                else
                {
                    reader.Read(arguments[i].Expression, depth: 0);
                }
            }

            foreach (var initialized in initializer?.Expressions ?? default)
            {
                if (initialized is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
                    && MemberNamed(type, target.Identifier.ValueText) is { } member)
                {
                    var given = new Reader(method, flow);
                    given.Read(assignment.Right, depth: 0);
                    initializedMembers.Add((member, new MethodSummary(given.Sources.ToImmutable(), given.Parameters)));
                }
                else
                {
                    reader.Read(initialized is AssignmentExpressionSyntax other ? other.Right : initialized, depth: 0);
                }
            }
        }

        return decided is null ? null
            : new SyntacticFactory(type, decided, new MethodSummary(reader.Sources.ToImmutable(), reader.Parameters), initializedMembers.ToImmutable());
    }

    /// <summary>The property of <paramref name="type"/> its constructor copies argument <paramref name="ordinal"/> into; null when none.</summary>
    private static IPropertySymbol? CopiedAt(ConstructorCopies copies, INamedTypeSymbol type, int ordinal)
    {
        foreach (var property in copies.CopiedProperties(type))
        {
            if (copies.ElementOf(property) == ValuePart.Element(ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// The members a construction written in syntax decides: those its initializer assigns by name, and for arguments
    /// those the constructor copies; null when its arguments go to a constructor whose copies are not known.
    /// </summary>
    /// <summary>
    /// The members a method body sets on a local before returning it, and their values, when that is all the body does:
    /// <c>var dto = member.ToDto(); dto.FullName = Mask.Initial(dto.FullName); return dto;</c>. Null for any other body.
    /// </summary>
    private static List<(string Member, ExpressionSyntax Value)>? OverwritingBody(SyntaxNode declaration)
    {
        var statements = (declaration as BaseMethodDeclarationSyntax)?.Body?.Statements ?? default;
        if (statements.Count < 3
            || statements[0] is not LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } || variables[0].Initializer is null
            || statements[statements.Count - 1] is not ReturnStatementSyntax { Expression: IdentifierNameSyntax returned }
            || returned.Identifier.ValueText != variables[0].Identifier.ValueText)
        {
            return null;
        }

        var local = returned.Identifier.ValueText;
        var overwrites = new List<(string, ExpressionSyntax)>();
        for (var i = 1; i < statements.Count - 1; i++)
        {
            if (statements[i] is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }
                || assignment.Left is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: var member } || target.Identifier.ValueText != local)
            {
                return null;
            }

            overwrites.Add((member.Identifier.ValueText, assignment.Right));
        }

        return overwrites;
    }

    /// <summary>The members of <paramref name="type"/> an initializer sets by name.</summary>
    private static HashSet<ISymbol> SetBy(InitializerExpressionSyntax? initializer, INamedTypeSymbol type)
    {
        var set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var initialized in initializer?.Expressions ?? default)
        {
            if (initialized is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } && MemberNamed(type, target.Identifier.ValueText) is { } member)
            {
                set.Add(member);
            }
        }

        return set;
    }

    private static HashSet<ISymbol>? DecidedBy(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type, PiiFlow flow)
    {
        var decided = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (creation.ArgumentList is { Arguments.Count: > 0 } arguments)
        {
            var copies = flow.CopiesOf(type);
            if (copies.Constructor is not { } constructor || constructor.Parameters.Length != arguments.Arguments.Count)
            {
                return null;
            }

            decided.UnionWith(copies.CopiedProperties(type));
        }

        decided.UnionWith(SetBy(creation.Initializer, type));
        return decided;
    }

    /// <summary>A field or property of the type or its bases by name; null when none.</summary>
    private static ISymbol? MemberNamed(INamedTypeSymbol type, string name)
    {
        for (var level = type; level is not null; level = level.BaseType)
        {
            foreach (var member in level.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The argument or the initialized value a construction of <paramref name="item"/> gives <paramref name="part"/>; null for none.</summary>
    private static ExpressionSyntax? CopiedPartOf(ExpressionSyntax returned, ValuePart part, INamedTypeSymbol item)
    {
        if (returned is ParenthesizedExpressionSyntax parenthesized)
        {
            return CopiedPartOf(parenthesized.Expression, part, item);
        }

        if (returned is not BaseObjectCreationExpressionSyntax creation || !Builds(creation, item))
        {
            return null;
        }

        if (part.Kind == ValuePartKind.Element)
        {
            var arguments = creation.ArgumentList?.Arguments ?? default;
            foreach (var argument in arguments)
            {
                if (argument.NameColon is not null)
                {
                    return null;
                }
            }

            return part.Index < arguments.Count ? arguments[part.Index].Expression : null;
        }

        foreach (var initialized in creation.Initializer?.Expressions ?? default)
        {
            if (initialized is AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment
                && InitializedMembers.PartOf(member.Identifier.ValueText) == part)
            {
                return assignment.Right;
            }
        }

        return null;
    }

    /// <summary>True when a construction builds <paramref name="type"/>: <c>new()</c> typed by where it goes, or the type written by name.</summary>
    private static bool Builds(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type) =>
        creation is not ObjectCreationExpressionSyntax { Type: var written } || SimpleName(written) == type.Name;

    /// <summary>The simple name a type is written with (<c>Gym.Sample</c>: <c>Sample</c>); null for other shapes.</summary>
    internal static string? SimpleName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => SimpleName(qualified.Right),
        _ => null,
    };

    /// <summary>Element <paramref name="index"/> of a tuple literal; any other value whole.</summary>
    public static ExpressionSyntax ElementOf(ExpressionSyntax returned, int index) => returned switch
    {
        ParenthesizedExpressionSyntax parenthesized => ElementOf(parenthesized.Expression, index),
        TupleExpressionSyntax tuple when index < tuple.Arguments.Count => tuple.Arguments[index].Expression,
        _ => returned,
    };

    /// <summary>The parameters of <paramref name="method"/> whose values <paramref name="expression"/> carries (bit <c>i</c> for parameter <c>i</c>).</summary>
    public static ulong ParametersReaching(IMethodSymbol method, ExpressionSyntax expression, PiiFlow flow) =>
        ParametersReaching(SyntacticScope.Of(method), expression, flow);

    /// <summary>The parameters of the scope's method (bits by ordinal) that reach <paramref name="expression"/>.</summary>
    public static ulong ParametersReaching(SyntacticScope scope, ExpressionSyntax expression, PiiFlow flow)
    {
        var reader = new Reader(scope, flow);
        reader.Read(expression, depth: 0);
        return reader.Parameters.Any;
    }

    /// <summary>
    /// <see cref="ParametersReaching(SyntacticScope, ExpressionSyntax, PiiFlow)"/>, telling apart parameters only a part of
    /// which reaches (<c>info.Count</c> of a tuple, <c>counts.Keys</c> of a dictionary): ordinal to <see cref="ValuePart.Bit"/>s.
    /// </summary>
    public static (ulong Whole, Dictionary<int, ulong>? Parts) ParametersReachingByPart(SyntacticScope scope, ExpressionSyntax expression, PiiFlow flow)
    {
        var reader = new Reader(scope, flow) { TracksParts = true };
        reader.Read(expression, depth: 0);
        return (reader.Parameters.Any, reader.FlowingParts);
    }

    /// <summary>
    /// The type of a receiver written in <paramref name="method"/>: a parameter, a member of the containing type or a
    /// chain over them, else a type named there (<c>Console</c>, through the file's <c>using</c>s and <c>System</c>).
    /// </summary>
    /// <summary>The marked members and parameters <paramref name="expression"/>, written in <paramref name="method"/>, reads.</summary>
    public static ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> SourcesOf(IMethodSymbol method, ExpressionSyntax expression, PiiFlow flow)
    {
        var reader = new Reader(method, flow);
        reader.Read(expression, depth: 0);
        return reader.Sources.ToImmutable();
    }

    public static ITypeSymbol? TypeOf(IMethodSymbol method, ExpressionSyntax expression, Compilation compilation) =>
        TypeOf(SyntacticScope.Of(method), expression, compilation);

    /// <summary>The type of a receiver written in <paramref name="scope"/> (see the overload for a method).</summary>
    public static ITypeSymbol? TypeOf(SyntacticScope scope, ExpressionSyntax expression, Compilation compilation)
    {
        if (Reader.TypeOf(new Reader(scope, flow: null).Resolve(expression)) is { } type)
        {
            return type;
        }

        return expression switch
        {
            IdentifierNameSyntax identifier => NamedType(identifier.Identifier.ValueText, expression, compilation),
            GenericNameSyntax generic => NamedType(generic.Identifier.ValueText + "`" + generic.TypeArgumentList.Arguments.Count, expression, compilation),
            MemberAccessExpressionSyntax or QualifiedNameSyntax => TypeLookup.Find(compilation, expression.ToString()),
            _ => null,
        };
    }

    /// <summary>A type named by its simple name where <paramref name="place"/> is: its namespaces, the file's <c>using</c>s, <c>System</c>.</summary>
    public static INamedTypeSymbol? NamedType(string name, SyntaxNode place, Compilation compilation)
    {
        if (TypeLookup.Find(compilation, name) is { } global)
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
            if (space is not null && TypeLookup.Find(compilation, space + "." + name) is { } inNamespace)
            {
                return inNamespace;
            }

            foreach (var directive in usings)
            {
                if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } imported
                    && TypeLookup.Find(compilation, imported + "." + name) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(IMethodSymbol method, SyntaxNode declaration)
    {
        var (block, arrow) = declaration switch
        {
            BaseMethodDeclarationSyntax declared => (declared.Body, declared.ExpressionBody),
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
            // An iterator's items are what its sequence holds (yield return $"{incident.Patient.Name}").
            if (node is ReturnStatementSyntax { Expression: { } expression })
            {
                yield return expression;
            }
            else if (node is YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldReturnStatement, Expression: { } item })
            {
                yield return item;
            }
            else if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment && IsWrittenParameter(method, target.Identifier.ValueText))
            {
                // What an `out`/`ref` parameter is given comes back to the caller too.
                yield return assignment.Right;
            }
        }
    }

    /// <summary>What a method of the compilation writes into its <c>out</c>/<c>ref</c> <paramref name="parameter"/> (a <c>Deconstruct</c>'s element).</summary>
    public static ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> SourcesWrittenTo(IParameterSymbol parameter, PiiFlow flow)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty;
        }

        var reader = new Reader(method, flow);
        foreach (var node in method.DeclaringSyntaxReferences[0].GetSyntax().DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment && target.Identifier.ValueText == parameter.Name)
            {
                reader.Read(assignment.Right, depth: 0);
            }
        }

        return reader.Sources.ToImmutable();
    }

    private static bool IsWrittenParameter(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter.RefKind is RefKind.Out or RefKind.Ref;
            }
        }

        return false;
    }

    private sealed class Reader
    {
        private const int MaxDepth = 32;
        private readonly SyntacticScope _scope;
        private readonly IMethodSymbol _method;
        private readonly PiiFlow? _flow;
        private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);

        /// <summary>The items of projections being read (<c>g</c> of <c>grants.Select(g => new { … })</c>), by name, with their types.</summary>
        private Dictionary<string, ITypeSymbol>? _items;

        public Reader(IMethodSymbol method, PiiFlow? flow)
            : this(SyntacticScope.Of(method), flow)
        {
        }

        public Reader(SyntacticScope scope, PiiFlow? flow)
        {
            _scope = scope;
            _method = scope.Method;
            _flow = flow;
        }

        public ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Builder Sources { get; } = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();

        /// <summary>The parameters of the method that reach what is read, whole or coarsened.</summary>
        public ReachingParameters Parameters { get; private set; }

        /// <summary>The kind the expression being read loses on its way (<see cref="CoarsenedPlaces"/>), or null.</summary>
        private string? _coarsening;

        /// <summary>With <see cref="TracksParts"/>: parameters read only part by part, ordinal to <see cref="ValuePart.Bit"/>s.</summary>
        public Dictionary<int, ulong>? FlowingParts { get; private set; }

        /// <summary>Whether a parameter read only in part counts for that part (<see cref="FlowingParts"/>) rather than whole.</summary>
        public bool TracksParts { get; init; }

        /// <summary>
        /// True when reading what a callee returns: its own parameters are flows only, their names no source, since the caller's
        /// arguments decide. False for what a type stores into a field, where a parameter named like personal data is one.
        /// </summary>
        public bool ParametersOnlyFlow { get; init; }

        /// <summary>The part of the next value read (an element, the keys, the values); whole for every other read.</summary>
        private ValuePart _part;

        private void ReadPart(ExpressionSyntax? expression, int depth, ValuePart part)
        {
            _part = part;
            Read(expression, depth);
        }

        public void Read(ExpressionSyntax? expression, int depth)
        {
            var part = _part;
            _part = ValuePart.Whole;
            if (expression is null || depth > MaxDepth)
            {
                return;
            }

            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    Read(parenthesized.Expression, depth + 1);
                    break;
                case InvocationExpressionSyntax or CastExpressionSyntax or ElementAccessExpressionSyntax
                    when CoarsenedPlaces.Coarsened(expression, local => LocalValue(local) is { Loop: false } given ? given.Value : null) is var (coarsened, kind):
                    ReadCoarsened(coarsened, depth, kind);
                    break;
                case InvocationExpressionSyntax angle when CoarsenedPlaces.IsAngle(angle):
                    foreach (var argument in angle.ArgumentList.Arguments)
                    {
                        ReadCoarsened(argument.Expression, depth, CoarsenedPlaces.Kind);
                    }

                    break;
                case CastExpressionSyntax cast:
                    Read(cast.Expression, depth + 1);
                    break;
                case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } call } conditional:
                    // value?.ToString(): the call on the tested value, as after a dot.
                    ReadInvocation(conditional.Expression, binding.Name.Identifier.ValueText, call.ArgumentList, depth);
                    break;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax:
                    ReadName(expression, part, depth);
                    break;
                case ElementAccessExpressionSyntax or InvocationExpressionSyntax or ConditionalExpressionSyntax when ShortFragments.IsShort(expression):
                    // A few characters cut by literal bounds (value[^4..], value.Length > 3 ? value[..3] : value): a mask.
                    break;
                case ElementAccessExpressionSyntax element:
                    // An indexer reads one of the values, never a key.
                    ReadPart(element.Expression, depth + 1, ValuePart.Value);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolationSyntax interpolation)
                        {
                            Read(interpolation.Expression, depth + 1);
                            ReadPrinted(interpolation.Expression, depth + 1);
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
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } typed } } }
                    when typed[0] is PredefinedTypeSyntax { Keyword.RawKind: var keyword } && AnswersANumber(keyword):
                    // conn.ExecuteScalarAsync<long>(…): a number or a yes/no the call is asked for, as a call read in this file is cut by its type.
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    ReadInvocation(access.Expression, access.Name.Identifier.ValueText, invocation.ArgumentList, depth);
                    break;
                case BinaryExpressionSyntax or IsPatternExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression }
                    or LiteralExpressionSyntax or AnonymousFunctionExpressionSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax or ThrowExpressionSyntax:
                    // Comparisons and logic answer yes or no; the rest carry nothing.
                    if (expression is BinaryExpressionSyntax arithmetic && IsArithmetic(arithmetic))
                    {
                        Read(arithmetic.Left, depth + 1);
                        Read(arithmetic.Right, depth + 1);
                    }

                    break;
                case InvocationExpressionSyntax { Expression: SimpleNameSyntax name } invocation:
                    if (Resolve(name) is IParameterSymbol { Type.TypeKind: TypeKind.Delegate })
                    {
                        // selector(source): what the delegate passed for the parameter returns.
                        ReadName(name, ValuePart.Whole, depth);
                    }

                    if (StaticHelper(_scope.Type, name.Identifier.ValueText, invocation.ArgumentList) is { } sibling)
                    {
                        // Of(value) inside Fingerprint: a static helper of the same type, read by its summary.
                        ReadHelperCall(sibling, invocation.ArgumentList, depth);
                    }
                    else if (!EndsTaint(_scope.Type, name.Identifier.ValueText))
                    {
                        ReadAll(Parts(invocation), depth);
                    }

                    break;
                default:
                    // Not modelled: whatever its parts carry (arguments of a creation, tuple and collection elements, awaited task).
                    ReadAll(Parts(expression), depth);
                    break;
            }
        }

        /// <summary>
        /// An object of the compilation written into text (<c>$"… by {employee}"</c>) prints what its hand-written
        /// <c>ToString</c> returns (<c>$"{FullName} ({EmployeeNumber})"</c>): that method's own sources.
        /// </summary>
        private void ReadPrinted(ExpressionSyntax expression, int depth)
        {
            if (_flow is null || depth > MaxDepth || TypeOf(ResolveThroughLocals(expression, depth)) is not { } type
                || PrintedMembers.OwnToString(type) is not { } toString)
            {
                return;
            }

            foreach (var (source, pii, whole) in _flow.Summaries.GetSyntactic(toString).Sources)
            {
                if (_seen.Add(source))
                {
                    Sources.Add((source, pii, whole));
                }
            }
        }

        private void ReadAll(IEnumerable<ExpressionSyntax> parts, int depth)
        {
            foreach (var part in parts)
            {
                Read(part, depth + 1);
            }
        }

        private static bool AnswersANumber(int keyword) => keyword is (int)SyntaxKind.BoolKeyword or (int)SyntaxKind.IntKeyword or (int)SyntaxKind.LongKeyword
            or (int)SyntaxKind.ShortKeyword or (int)SyntaxKind.ByteKeyword or (int)SyntaxKind.UIntKeyword or (int)SyntaxKind.ULongKeyword
            or (int)SyntaxKind.DecimalKeyword or (int)SyntaxKind.DoubleKeyword or (int)SyntaxKind.FloatKeyword;

        /// <summary>The values an expression the reader does not model is built from.</summary>
        private static IEnumerable<ExpressionSyntax> Parts(ExpressionSyntax expression)
        {
            var (arguments, initializer, single) = expression switch
            {
                InvocationExpressionSyntax invocation => (invocation.ArgumentList, null, null),
                BaseObjectCreationExpressionSyntax creation => (creation.ArgumentList, creation.Initializer, null),
                ArrayCreationExpressionSyntax array => (null, array.Initializer, null),
                ImplicitArrayCreationExpressionSyntax array => (null, array.Initializer, null),
                InitializerExpressionSyntax init => (null, init, null),
                WithExpressionSyntax with => (null, with.Initializer, with.Expression),
                ElementAccessExpressionSyntax element => (null, null, element.Expression),
                AwaitExpressionSyntax awaited => (null, null, awaited.Expression),
                AssignmentExpressionSyntax assignment => (null, null, assignment.Right),
                PrefixUnaryExpressionSyntax unary => (null, null, unary.Operand),
                PostfixUnaryExpressionSyntax unary => (null, null, unary.Operand),
                CheckedExpressionSyntax @checked => (null, null, @checked.Expression),
                _ => ((BaseArgumentListSyntax?)null, (InitializerExpressionSyntax?)null, (ExpressionSyntax?)null),
            };
            if (single is not null)
            {
                yield return single;
            }

            foreach (var argument in arguments?.Arguments ?? default)
            {
                yield return argument.Expression;
            }

            foreach (var element in initializer?.Expressions ?? default)
            {
                yield return element;
            }

            switch (expression)
            {
                case TupleExpressionSyntax tuple:
                    foreach (var argument in tuple.Arguments)
                    {
                        yield return argument.Expression;
                    }

                    break;
                case CollectionExpressionSyntax collection:
                    foreach (var element in collection.Elements)
                    {
                        if (element switch { ExpressionElementSyntax item => item.Expression, SpreadElementSyntax spread => spread.Expression, _ => null } is { } value)
                        {
                            yield return value;
                        }
                    }

                    break;
                case SwitchExpressionSyntax switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        yield return arm.Expression;
                    }

                    break;
                case AnonymousObjectCreationExpressionSyntax anonymous:
                    foreach (var member in anonymous.Initializers)
                    {
                        yield return member.Expression;
                    }

                    break;
            }
        }

        /// <summary>True when every method of that name on the type is a sanitizer or answers with a bool or a number.</summary>
        private bool EndsTaint(ITypeSymbol? owner, string name)
        {
            if (owner is null || _flow is null)
            {
                return false;
            }

            var any = false;
            foreach (var member in owner.GetMembers(name))
            {
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                any = true;
                if (!_flow.IsSanitizer(method) && !PiiFlow.IsAnswer(method.ReturnType) && !PiiFlow.IsReply(method.ReturnType) && !PiiFlow.IsNumber(method.ReturnType))
                {
                    return false;
                }
            }

            return any;
        }

        /// <summary>
        /// True when the call's methods end the taint (<see cref="EndsTaint"/>): the receiver's type's methods of that name,
        /// or, when it has none, the extension methods of that name the file imports (<c>url.PostJsonAsync(body)</c>: Flurl's reply).
        /// </summary>
        private bool EndsTaintAt(ExpressionSyntax receiver, string name)
        {
            var owner = TypeOf(Resolve(receiver)) ?? NamedType(receiver);
            if (EndsTaint(owner, name))
            {
                return true;
            }

            if (_flow is null || owner is not null && !owner.GetMembers(name).IsEmpty)
            {
                return false;
            }

            var methods = _flow.Extensions.Named(receiver, name);
            foreach (var method in methods)
            {
                if (!_flow.IsSanitizer(method) && !PiiFlow.IsAnswer(method.ReturnType) && !PiiFlow.IsReply(method.ReturnType) && !PiiFlow.IsNumber(method.ReturnType))
                {
                    return false;
                }
            }

            return methods.Count > 0;
        }

        private static bool IsArithmetic(BinaryExpressionSyntax binary) =>
            binary.IsKind(SyntaxKind.SubtractExpression) || binary.IsKind(SyntaxKind.MultiplyExpression) || binary.IsKind(SyntaxKind.DivideExpression)
            || binary.IsKind(SyntaxKind.ModuloExpression) || binary.IsKind(SyntaxKind.BitwiseOrExpression) || binary.IsKind(SyntaxKind.BitwiseAndExpression)
            || binary.IsKind(SyntaxKind.ExclusiveOrExpression);

        private void ReadInvocation(ExpressionSyntax receiver, string name, ArgumentListSyntax arguments, int depth)
        {
            if (ClaimRead(receiver, name, arguments) is var (method, claim))
            {
                // user.FindFirst(ClaimTypes.Email): the signed-in user's e-mail, as a read in this file is.
                if (_seen.Add(method))
                {
                    Sources.Add((method, claim, null));
                }
            }
            else if (receiver is PredefinedTypeSyntax { Keyword.ValueText: "string" } || receiver is IdentifierNameSyntax { Identifier.ValueText: "String" })
            {
                if (StringBuilders.Contains(name))
                {
                    foreach (var argument in arguments.Arguments)
                    {
                        Read(argument.Expression, depth + 1);
                    }
                }
            }
            else if (StringTransforms.Contains(name) && !IsOtherThanText(receiver))
            {
                Read(receiver, depth + 1);
            }
            else if (EndsTaintAt(receiver, name) || MasksText(receiver, name, arguments))
            {
                // A sanitizer (Mask.Email(e), a masking class's method), a yes/no answer, a number or a server's reply:
                // nothing personal.
            }
            else if (StaticHelper(receiver, name, arguments) is { } helper)
            {
                ReadHelperCall(helper, arguments, depth);
            }
            else if (name == "Select" && ReadProjection(receiver, arguments, depth))
            {
                // grants.Select(g => new { g.Id, Suffix = Redact.LastFour(g.Iban) }): what the projection reads of each item.
            }
            else if (ReadSerialized(receiver, name, arguments, depth))
            {
                // JsonConvert.SerializeObject(publicView): what the serializer writes of the view the method built.
            }
            else
            {
                // A call it has no model for carries its receiver and arguments.
                Read(receiver, depth + 1);
                foreach (var argument in arguments.Arguments)
                {
                    Read(argument.Expression, depth + 1);
                }
            }
        }

        /// <summary>
        /// A serializer's text of an object the method builds with an initializer (<c>var view = new PublicResult { Id = r.Id,
        /// CandidateName = learner.FullName }</c>, then <c>JsonConvert.SerializeObject(view)</c>): what the serializer writes of
        /// it, not the members it ignores (<c>[JsonIgnore]</c>). False (the call read as any other) for any other call or value.
        /// </summary>
        private bool ReadSerialized(ExpressionSyntax receiver, string name, ArgumentListSyntax arguments, int depth)
        {
            if (arguments.Arguments.Count == 0 || SerializerReader(receiver, name) is not { } reader)
            {
                return false;
            }

            var value = arguments.Arguments[0].Expression;
            if (value is IdentifierNameSyntax local && Resolve(local) is null && LocalValue(local) is { Loop: false } given)
            {
                value = given.Value;
            }

            if (value is not ObjectCreationExpressionSyntax { Initializer: { } initializer } creation || NamedType(creation.Type) is not INamedTypeSymbol built)
            {
                return false;
            }

            foreach (var argument in creation.ArgumentList?.Arguments ?? default)
            {
                Read(argument.Expression, depth + 1);
            }

            foreach (var element in initializer.Expressions)
            {
                if (element is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment && MemberNamed(built, target.Identifier.ValueText) is { } member)
                {
                    if (reader.Reads(member))
                    {
                        Read(assignment.Right, depth + 1);
                    }
                }
                else
                {
                    Read(element, depth + 1);
                }
            }

            return true;
        }

        /// <summary>How the serializer a call names reads objects (<c>JsonConvert.SerializeObject</c>), or null for any other call.</summary>
        private MemberReader? SerializerReader(ExpressionSyntax receiver, string name)
        {
            foreach (var member in (TypeOf(Resolve(receiver)) ?? NamedType(receiver))?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IMethodSymbol method && SerializedText.ReaderOf(method) is { } reader)
                {
                    return reader;
                }
            }

            return null;
        }

        /// <summary>
        /// A projection of each item into an anonymous object or a tuple that reads the item only through its members
        /// (<c>grants.Select(g => new { g.Id, Suffix = Redact.LastFour(g.Iban) })</c>): read member by member, the item typed
        /// as the receiver's elements; false (the call read as any other) for another shape, or an item used whole.
        /// </summary>
        private bool ReadProjection(ExpressionSyntax receiver, ArgumentListSyntax arguments, int depth)
        {
            if (arguments.Arguments.Count != 1
                || arguments.Arguments[0].Expression is not SimpleLambdaExpressionSyntax { ExpressionBody: AnonymousObjectCreationExpressionSyntax or TupleExpressionSyntax } lambda)
            {
                return false;
            }

            var item = lambda.Parameter.Identifier.ValueText;
            foreach (var used in lambda.ExpressionBody!.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (used.Identifier.ValueText == item && !(used.Parent is MemberAccessExpressionSyntax access && access.Expression == used))
                {
                    return false;
                }
            }

            var source = receiver is IdentifierNameSyntax local && Resolve(local) is null
                ? LocalType(local, depth + 1)
                : TypeOf(ResolveThroughLocals(receiver, depth + 1)) ?? QueriedSourceType(receiver, depth);
            if (ElementType(source) is not { } element)
            {
                return false;
            }

            var outer = _items;
            _items = outer is null ? new Dictionary<string, ITypeSymbol>() : new Dictionary<string, ITypeSymbol>(outer);
            _items[item] = element;
            try
            {
                Read(lambda.ExpressionBody, depth + 1);
            }
            finally
            {
                _items = outer;
            }

            return true;
        }

        /// <summary>The claim read whose <c>Value</c> <paramref name="expression"/> takes (<c>user.FindFirst("email")?.Value</c>), else null.</summary>
        private InvocationExpressionSyntax? ClaimValueOf(ExpressionSyntax expression)
        {
            var call = expression switch
            {
                ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Value" }, Expression: InvocationExpressionSyntax read } => read,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: InvocationExpressionSyntax read } => read,
                _ => null,
            };
            return call is { Expression: MemberAccessExpressionSyntax access } && ClaimRead(access.Expression, access.Name.Identifier.ValueText, call.ArgumentList) is not null
                ? call
                : null;
        }

        /// <summary>
        /// A signed-in user's claim read by a constant type (<c>user.FindFirst(ClaimTypes.Email)</c>,
        /// <c>principal.FindFirstValue("email")</c>): the method read and what the claim holds under inference; else null.
        /// </summary>
        private (IMethodSymbol Method, PiiInfo Claim)? ClaimRead(ExpressionSyntax receiver, string name, ArgumentListSyntax arguments)
        {
            if (_flow is null || name is not ("FindFirst" or "FindFirstValue") || arguments.Arguments.Count == 0
                || TypeOf(Resolve(receiver)) is not INamedTypeSymbol holder || !FrameworkSources.IsClaimHolder(holder))
            {
                return null;
            }

            var claimType = arguments.Arguments[0].Expression switch
            {
                LiteralExpressionSyntax { Token.Value: string literal } => literal,
                MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "ClaimTypes" }, Name: var member }
                    => TypeLookup.Find(_flow.Compilation, "System.Security.Claims.ClaimTypes")?.GetMembers(member.Identifier.ValueText)
                        .OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as string,
                _ => null,
            };
            var read = holder.GetMembers("FindFirst").OfType<IMethodSymbol>().FirstOrDefault();
            return claimType is not null && read is not null && _flow.GetClaim(claimType) is { } claim ? (read, claim) : null;
        }

        /// <summary>A regular expression's replacement by a mask (<see cref="MaskedText"/>).</summary>
        private bool MasksText(ExpressionSyntax receiver, string name, ArgumentListSyntax arguments)
        {
            if (name != "Replace")
            {
                return false;
            }

            var instance = Resolve(receiver);
            return (TypeOf(instance) ?? NamedType(receiver)) is { } type && SymbolNames.Is(type, "System.Text.RegularExpressions.Regex")
                && MaskedText.Masks(arguments, onInstance: instance is not null);
        }

        /// <summary>
        /// True when <paramref name="receiver"/> is known to be no text: <c>NonDigits().Replace(phone, "")</c> and
        /// <c>Regex.Replace(phone, …)</c> return what they are given, not what their receiver is.
        /// </summary>
        private bool IsOtherThanText(ExpressionSyntax receiver)
        {
            var type = TypeOf(Resolve(receiver)) ?? NamedType(receiver);
            if (type is null && receiver is InvocationExpressionSyntax { Expression: SimpleNameSyntax called } && _scope.Type is { } owner)
            {
                foreach (var member in owner.GetMembers(called.Identifier.ValueText))
                {
                    type ??= (member as IMethodSymbol)?.ReturnType;
                }
            }

            return type is not null && type.SpecialType != SpecialType.System_String;
        }

        /// <summary>
        /// A static method of the compilation the call names by its type (<c>Privacy.Initials(name)</c>), when the name is
        /// not overloaded and the call passes every parameter; null otherwise.
        /// </summary>
        private IMethodSymbol? StaticHelper(ExpressionSyntax receiver, string name, ArgumentListSyntax arguments) =>
            Resolve(receiver) is null && NamedType(receiver) is INamedTypeSymbol owner ? StaticHelper(owner, name, arguments) : null;

        /// <summary>The static method <paramref name="name"/> of <paramref name="owner"/>, a type of the compilation, as <see cref="StaticHelper(ExpressionSyntax, string, ArgumentListSyntax)"/> finds it.</summary>
        private IMethodSymbol? StaticHelper(INamedTypeSymbol? owner, string name, ArgumentListSyntax arguments)
        {
            if (_flow is null || owner is null || !PiiFlow.IsDeclaredInSource(owner))
            {
                return null;
            }

            IMethodSymbol? found = null;
            foreach (var member in owner.GetMembers(name))
            {
                if (member is not IMethodSymbol { IsStatic: true } method || found is not null)
                {
                    return null;
                }

                found = method;
            }

            return found is { Parameters.Length: var count } && count == arguments.Arguments.Count && !found.Parameters.Any(p => p.IsParams) ? found : null;
        }

        /// <summary>What a helper's summary says its call returns: its own sources, and the arguments that reach its result.</summary>
        private void ReadHelperCall(IMethodSymbol helper, ArgumentListSyntax arguments, int depth)
        {
            var summary = _flow!.Summaries.GetSyntactic(helper);
            foreach (var (source, pii, whole) in summary.Sources)
            {
                if (_seen.Add(source))
                {
                    Sources.Add((source, pii, whole));
                }
            }

            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                var parameter = argument.NameColon is { } named ? helper.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText) : helper.Parameters[i];
                if (!summary.Flows(parameter))
                {
                    continue;
                }

                if (summary.DroppedKind(parameter) is { } dropped)
                {
                    ReadCoarsened(argument.Expression, depth, dropped);
                }
                else
                {
                    Read(argument.Expression, depth + 1);
                }
            }
        }

        /// <summary>Reads what <paramref name="expression"/> carries less data of <paramref name="kind"/>, which coarsening drops.</summary>
        private void ReadCoarsened(ExpressionSyntax expression, int depth, string kind)
        {
            var outer = _coarsening;
            _coarsening = kind;
            var before = Sources.Count;
            try
            {
                Read(expression, depth + 1);
            }
            finally
            {
                _coarsening = outer;
            }

            for (var i = Sources.Count - 1; i >= before; i--)
            {
                if (Sources[i].Item2.Kind == kind)
                {
                    Sources.RemoveAt(i);
                }
            }
        }

        private void ReadName(ExpressionSyntax expression, ValuePart part, int depth)
        {
            var symbol = Resolve(expression);
            if (symbol is null && expression is MemberAccessExpressionSyntax { Expression: var receiver, Name: var member })
            {
                // A member of a local, or of a member of one (booking.Lead.FullName): through the type of the value the local is given.
                symbol = Member(TypeOf(ResolveThroughLocals(receiver, depth)), member.Identifier.ValueText);
            }
            else if (symbol is null && expression is ConditionalAccessExpressionSyntax { Expression: var tested, WhenNotNull: MemberBindingExpressionSyntax { Name: var bound } })
            {
                // card?.HolderName of a local: as card.HolderName.
                symbol = Member(TypeOf(ResolveThroughLocals(tested, depth)), bound.Identifier.ValueText);
            }

            if (symbol is IParameterSymbol { Ordinal: < 64 } parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _method))
            {
                if (TracksParts && part.Bit >= 0)
                {
                    FlowingParts ??= new Dictionary<int, ulong>();
                    FlowingParts.TryGetValue(parameter.Ordinal, out var parts);
                    FlowingParts[parameter.Ordinal] = parts | (1UL << part.Bit);
                }
                else
                {
                    Parameters = Parameters.With(parameter.Ordinal, _coarsening);
                }

                if (ParametersOnlyFlow)
                {
                    // What the caller passes decides: Initials("Team") holds no name because the parameter is called fullName.
                    return;
                }
            }

            if (symbol is not null && (_flow is null ? PiiModel.GetPii(symbol) : _flow.GetPii(symbol)) is { } pii)
            {
                if (_seen.Add(symbol))
                {
                    Sources.Add((symbol, pii, null));
                }

                return;
            }

            if (symbol is null && ClaimValueOf(expression) is { } claim)
            {
                // user.FindFirst(ClaimTypes.Email)?.Value: what the claim read holds.
                Read(claim, depth + 1);
                return;
            }

            switch (symbol)
            {
                case null when expression is IdentifierNameSyntax local && LocalValue(local) is { } declared:
                    // A local of the method given one value: what that value carries, and for a text buffer what the
                    // method appends to it.
                    ReadPart(declared.Value, depth + 1, part);
                    if (IsNewBuffer(declared.Value))
                    {
                        ReadAppended(local, depth);
                    }
                    else if (!declared.Loop && (LocalType(local, depth) is not { } held || IsFillable(held)))
                    {
                        ReadFilled(local, depth);
                    }

                    break;
                case IFieldSymbol { ContainingType.IsTupleType: true } element when Instance(expression) is { } tuple:
                    ReadPart(tuple, depth + 1, ValuePart.OfTupleField(element));
                    break;
                case IPropertySymbol { IsStatic: false, ContainingType: { } owner } property when !PiiFlow.IsDeclaredInSource(owner) && Instance(expression) is { } instance
                    && !PiiFlow.IsAnswer(property.Type) && !PiiFlow.IsNumber(property.Type):
                    // A library property carries its instance (pair.Value, map.Keys), cut by its type (Count, Length).
                    ReadPart(instance, depth + 1, ValuePart.OfLibraryProperty(property));
                    break;
                case IFieldSymbol or IPropertySymbol when _flow is not null && symbol.ContainingType is { } declaring && PiiFlow.IsDeclaredInSource(declaring):
                    // An unmarked member of the compilation (letter.ChildName): what the compilation stores into it, as a read
                    // in the caller's file takes.
                    foreach (var (source, stored, whole) in _flow.StoredInto(symbol))
                    {
                        if (_seen.Add(source))
                        {
                            Sources.Add((source, stored, whole));
                        }
                    }

                    break;
            }
        }

        /// <summary><c>new StringBuilder(…)</c>, written with its simple or its full name.</summary>
        private static bool IsNewBuffer(ExpressionSyntax value) =>
            value is ObjectCreationExpressionSyntax { Type: var type } && type.ToString() is "StringBuilder" or "System.Text.StringBuilder";

        /// <summary>
        /// What the member appends to the buffer <paramref name="local"/> holds: the arguments of <c>Append</c>,
        /// <c>AppendLine</c>, <c>AppendFormat</c>, <c>AppendJoin</c> and <c>Insert</c> calls on it, chained or not
        /// (<c>sb.Append(" &lt;").Append(Email)</c>).
        /// </summary>
        private void ReadAppended(IdentifierNameSyntax local, int depth)
        {
            if (Declaration(local) is not (BlockSyntax scope, _, _))
            {
                return;
            }

            var name = local.Identifier.ValueText;
            foreach (var node in scope.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Insert" } access } call
                    && BufferRoot(access.Expression) == name)
                {
                    foreach (var argument in call.ArgumentList.Arguments)
                    {
                        Read(argument.Expression, depth + 1);
                    }
                }
            }
        }

        /// <summary>A collection other than text: what <see cref="ReadFilled"/> looks for is only added to such a local.</summary>
        private static bool IsFillable(ITypeSymbol type) => type.SpecialType != SpecialType.System_String && TypeContents.ElementType(type) is not null;

        /// <summary>
        /// What the member puts into the collection <paramref name="local"/> holds: values stored through its indexer
        /// (<c>fields["Phone"] = d.RecipientPhone</c>) and the arguments of calls that add to it (<c>Add</c>, <c>TryAdd</c>,
        /// <c>AddRange</c>, <c>Push</c>, <c>Enqueue</c>), as the caller's file reads a local's fillings.
        /// </summary>
        private void ReadFilled(IdentifierNameSyntax local, int depth)
        {
            if (Declaration(local) is not (BlockSyntax scope, _, _))
            {
                return;
            }

            var name = local.Identifier.ValueText;
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax target }, Right: var stored }
                        when target.Identifier.ValueText == name:
                        Read(stored, depth + 1);
                        break;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: "Add" or "TryAdd" or "AddRange" or "Push" or "Enqueue" } } call
                        when receiver.Identifier.ValueText == name:
                        foreach (var argument in call.ArgumentList.Arguments)
                        {
                            Read(argument.Expression, depth + 1);
                        }

                        break;
                }
            }
        }

        /// <summary>The local a chain of appends starts from (<c>sb</c> of <c>sb.Append(a).Append(b)</c>); null for another receiver.</summary>
        private static string? BufferRoot(ExpressionSyntax receiver) => receiver switch
        {
            IdentifierNameSyntax local => local.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } => BufferRoot(inner.Expression),
            _ => null,
        };

        private static ExpressionSyntax? Instance(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression,
            _ => null,
        };

        /// <summary>Calls that answer one element of a sequence (with <c>Async</c> for EF Core's).</summary>
        private static readonly HashSet<string> ElementPicks = new(StringComparer.Ordinal)
        {
            "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "ElementAt", "ElementAtOrDefault", "Find", "MinBy", "MaxBy",
        };

        /// <summary>Query steps whose result holds the elements of their source.</summary>
        private static readonly HashSet<string> ElementKeepingSteps = new(StringComparer.Ordinal)
        {
            "Where", "AsNoTracking", "AsNoTrackingWithIdentityResolution", "AsTracking", "Include", "ThenInclude", "OrderBy", "OrderByDescending",
            "ThenBy", "ThenByDescending", "AsQueryable", "AsEnumerable", "AsSplitQuery", "AsSingleQuery", "IgnoreQueryFilters", "Skip", "Take",
            "Distinct", "TagWith", "Reverse",
        };

        /// <summary>The type of a local given one value (see <see cref="LocalValue"/>): the value's, or its elements' for a <c>foreach</c> variable.</summary>
        private ITypeSymbol? LocalType(IdentifierNameSyntax local, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            if (_items is not null && _items.TryGetValue(local.Identifier.ValueText, out var item))
            {
                return item;
            }

            if (LocalValue(local) is not { } declared)
            {
                return DeclaredType(local);
            }

            // var holder = claim.Policyholder ?? throw …: the value tested, when it is there.
            var value = declared.Value is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression, Right: ThrowExpressionSyntax } orThrow
                ? orThrow.Left
                : declared.Value;

            // var guest = stay.Guest!: the value, whatever the compiler is told of its nullness.
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or ParenthesizedExpressionSyntax)
            {
                value = value is PostfixUnaryExpressionSyntax bang ? bang.Operand : ((ParenthesizedExpressionSyntax)value).Expression;
            }

            var type = TypeOf(ResolveThroughLocals(value, depth + 1)) ?? PickedElementType(value, depth) ?? CalledReturnType(value, depth)
                ?? QueriedSourceType(value, depth)
                // var letter = new OfferLetter(application): the type it names.
                ?? (value is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax created } ? NamedType(created) : null);
            return declared.Loop ? ElementType(type) : type;
        }

        /// <summary>
        /// <see cref="Resolve"/>, and a member chain rooted at a local of the method: the local stands for the type of the value
        /// it is given (see <see cref="LocalType"/>).
        /// </summary>
        private ISymbol? ResolveThroughLocals(ExpressionSyntax expression, int depth) => expression switch
        {
            IdentifierNameSyntax local when Resolve(local) is null => LocalType(local, depth),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang => ResolveThroughLocals(bang.Operand, depth),
            MemberAccessExpressionSyntax access => Resolve(access) ?? Member(TypeOf(ResolveThroughLocals(access.Expression, depth + 1)), access.Name.Identifier.ValueText),
            _ => Resolve(expression),
        };

        /// <summary>
        /// What a named method returns, awaited (<c>var patient = await LoadPatientAsync(id)</c> of a base class,
        /// <c>var claim = await _claims.FindAsync(id)</c>): a method of the caller's type or its bases, or of the receiver's
        /// type, when every overload of that name returns one type and none returns a type parameter; else null.
        /// </summary>
        private ITypeSymbol? CalledReturnType(ExpressionSyntax value, int depth)
        {
            if (value is AwaitExpressionSyntax awaited)
            {
                value = awaited.Expression;
            }

            var (owner, name) = value switch
            {
                InvocationExpressionSyntax { Expression: SimpleNameSyntax called } => (_scope.Type, called.Identifier.ValueText),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access }
                    => (_scope.Type, access.Name.Identifier.ValueText),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } access }
                    => (receiver is IdentifierNameSyntax local && Resolve(local) is null ? LocalType(local, depth + 1) : TypeOf(Resolve(receiver)),
                        access.Name.Identifier.ValueText),
                _ => ((ITypeSymbol?)null, string.Empty),
            };
            ITypeSymbol? found = null;
            for (var level = owner; level is not null; level = level.BaseType)
            {
                foreach (var member in level.GetMembers(name))
                {
                    if (member is not IMethodSymbol method)
                    {
                        continue;
                    }

                    var returned = PiiNameHeuristics.Awaited(method.ReturnType);
                    if (returned is ITypeParameterSymbol || (found is not null && !SymbolEqualityComparer.Default.Equals(found, returned)))
                    {
                        return null;
                    }

                    found = returned;
                }
            }

            return found;
        }

        /// <summary>
        /// The type of one element picked from a query or a collection (<c>await _db.Carers.AsNoTracking().SingleAsync(c => …)</c>,
        /// <c>list.First()</c>): the element type of what the steps that keep it (<c>Where</c>, <c>Include</c>, …) start from.
        /// </summary>
        private ITypeSymbol? PickedElementType(ExpressionSyntax value, int depth)
        {
            if (value is AwaitExpressionSyntax awaited)
            {
                value = awaited.Expression;
            }

            if (value is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var pick, Expression: var query } }
                || !ElementPicks.Contains(pick.EndsWith("Async", StringComparison.Ordinal) ? pick.Substring(0, pick.Length - "Async".Length) : pick))
            {
                return null;
            }

            while (query is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var step, Expression: var source } }
                && ElementKeepingSteps.Contains(step))
            {
                query = source;
            }

            return ElementType(query is IdentifierNameSyntax local && Resolve(local) is null ? LocalType(local, depth + 1) : TypeOf(Resolve(query)));
        }

        /// <summary>
        /// For a query that keeps its source's elements, filtered, ordered or materialized (<c>await _db.Incidents.Include(…)
        /// .Where(…).ToListAsync()</c>, <c>incidents.Where(…)</c> in a <c>foreach</c>), the type of its source: a collection of the
        /// same elements, which is all a local given it is read for. Null when no such step is applied.
        /// </summary>
        private ITypeSymbol? QueriedSourceType(ExpressionSyntax value, int depth)
        {
            if (value is AwaitExpressionSyntax awaited)
            {
                value = awaited.Expression;
            }

            var query = value;
            while (query is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var step, Expression: var source } }
                && (ElementKeepingSteps.Contains(step) || Materializers.Contains(step)))
            {
                query = source;
            }

            return query == value ? null : query is IdentifierNameSyntax local && Resolve(local) is null ? LocalType(local, depth + 1) : TypeOf(ResolveThroughLocals(query, depth + 1));
        }

        /// <summary>Calls that copy a query's elements into a collection (<c>ToList</c>, <c>ToArrayAsync</c>).</summary>
        private static readonly HashSet<string> Materializers = new(StringComparer.Ordinal)
        {
            "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToHashSet", "ToHashSetAsync", "AsEnumerable", "AsAsyncEnumerable",
        };

        /// <summary>
        /// The type a local of the method is declared with when it is written out (<c>HeartRateSample? sample;</c>, assigned
        /// later in a <c>try</c>), else null.
        /// </summary>
        private ITypeSymbol? DeclaredType(IdentifierNameSyntax local) =>
            _flow?.Compilation is { } compilation && Declaration(local) is (_, { Type.IsVar: false } declaration, _)
                ? TypeNamed(declaration.Type, compilation)
                : null;

        /// <summary>A type written by name (<c>Sample</c>, <c>Sample?</c>, <c>Gym.Sample</c>) where it is written; null for other shapes.</summary>
        private static ITypeSymbol? TypeNamed(TypeSyntax type, Compilation compilation) => type switch
        {
            NullableTypeSyntax nullable => TypeNamed(nullable.ElementType, compilation),
            IdentifierNameSyntax identifier => SyntacticSummary.NamedType(identifier.Identifier.ValueText, identifier, compilation),
            QualifiedNameSyntax qualified => TypeLookup.Find(compilation, qualified.ToString()),
            _ => null,
        };

        private static ITypeSymbol? ElementType(ITypeSymbol? collection)
        {
            if (collection is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            foreach (var candidate in collection is INamedTypeSymbol named ? named.AllInterfaces.Insert(0, named) : ImmutableArray<INamedTypeSymbol>.Empty)
            {
                if (candidate is { Name: "IEnumerable", TypeArguments.Length: 1 } && candidate.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
                {
                    return candidate.TypeArguments[0];
                }
            }

            return null;
        }

        /// <summary>
        /// The value a local is given where it is declared — a <c>foreach</c> variable its collection (<paramref name="reference"/>
        /// then holds one element), a declared local its initializer — when nothing else is assigned to it in the member; else null.
        /// </summary>
        private static (ExpressionSyntax Value, bool Loop)? LocalValue(IdentifierNameSyntax reference) =>
            Declaration(reference) switch
            {
                (ForEachStatementSyntax loop, _, _) => (loop.Expression, true),
                (BlockSyntax block, _, { Initializer.Value: { } value } declarator) when !Reassigned(block, declarator.Identifier.ValueText) => (value, false),
                _ => DeconstructedValue(reference) is { } element ? (element, false) : null,
            };

        /// <summary>
        /// The element a local declared by deconstructing a tuple literal earlier in a block around it is given
        /// (<c>name</c> of <c>var (name, licence) = (learner.FullName, learner.Licence);</c>), when nothing else is assigned
        /// to it; else null.
        /// </summary>
        private static ExpressionSyntax? DeconstructedValue(IdentifierNameSyntax reference)
        {
            var name = reference.Identifier.ValueText;
            SyntaxNode previous = reference;
            foreach (var ancestor in reference.Ancestors())
            {
                if (ancestor is MemberDeclarationSyntax)
                {
                    return null;
                }

                if (ancestor is BlockSyntax block)
                {
                    foreach (var statement in block.Statements)
                    {
                        if (statement == previous)
                        {
                            break;
                        }

                        if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Right: TupleExpressionSyntax values } assignment }
                            && DeclaredNames(assignment.Left) is { } names && names.Count == values.Arguments.Count)
                        {
                            var at = names.IndexOf(name);
                            if (at >= 0)
                            {
                                return Reassigned(block, name) ? null : values.Arguments[at].Expression;
                            }
                        }
                    }
                }

                previous = ancestor;
            }

            return null;
        }

        /// <summary>The names <c>var (a, b)</c> or <c>(var a, var b)</c> declares, in order; null for any other target.</summary>
        private static List<string?>? DeclaredNames(ExpressionSyntax target)
        {
            switch (target)
            {
                case DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax designation }:
                    var names = new List<string?>();
                    foreach (var variable in designation.Variables)
                    {
                        names.Add((variable as SingleVariableDesignationSyntax)?.Identifier.ValueText);
                    }

                    return names;
                case TupleExpressionSyntax tuple:
                    var declared = new List<string?>();
                    foreach (var argument in tuple.Arguments)
                    {
                        declared.Add(argument.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax single } ? single.Identifier.ValueText : null);
                    }

                    return declared;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Where the local <paramref name="reference"/> reads is declared in its member: a <c>foreach</c> around it, or a
        /// declaration statement earlier in a block around it (the block, the declaration and its declarator); else null.
        /// </summary>
        private static (SyntaxNode Scope, VariableDeclarationSyntax? Declaration, VariableDeclaratorSyntax? Declarator)? Declaration(IdentifierNameSyntax reference)
        {
            var name = reference.Identifier.ValueText;
            SyntaxNode? previous = reference;
            foreach (var ancestor in reference.Ancestors())
            {
                switch (ancestor)
                {
                    case ForEachStatementSyntax loop when loop.Identifier.ValueText == name && previous == loop.Statement:
                        return (loop, null, null);
                    case BlockSyntax block:
                        foreach (var statement in block.Statements)
                        {
                            if (statement == previous)
                            {
                                break;
                            }

                            if (statement is LocalDeclarationStatementSyntax { Declaration: var declaration })
                            {
                                foreach (var declarator in declaration.Variables)
                                {
                                    if (declarator.Identifier.ValueText == name)
                                    {
                                        return (block, declaration, declarator);
                                    }
                                }
                            }
                        }

                        break;
                    case MemberDeclarationSyntax:
                        return null;
                }

                previous = ancestor;
            }

            return null;
        }

        private static bool Reassigned(BlockSyntax block, string name)
        {
            foreach (var node in block.DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } && target.Identifier.ValueText == name
                    || node is ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None, Expression: IdentifierNameSyntax passed } && passed.Identifier.ValueText == name
                    || node is PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax incremented } && incremented.Identifier.ValueText == name
                    || node is PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax decremented } && decremented.Identifier.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A type a static call is made on: by its simple name, or fully qualified (<c>Allio.PiiGuard.PiiRedact</c>).</summary>
        private ITypeSymbol? NamedType(ExpressionSyntax expression) =>
            _flow?.Compilation is not { } compilation ? null
            : expression switch
            {
                IdentifierNameSyntax identifier => SyntacticSummary.NamedType(identifier.Identifier.ValueText, expression, compilation),
                MemberAccessExpressionSyntax => TypeLookup.Find(compilation, expression.ToString()),
                _ => null,
            };

        /// <summary>Resolves a parameter, a member of the containing type, or a member access chain over them.</summary>
        public ISymbol? Resolve(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => ResolveIdentifier(identifier.Identifier.ValueText),
            ThisExpressionSyntax => _scope.Type,
            ParenthesizedExpressionSyntax parenthesized => Resolve(parenthesized.Expression),
            MemberAccessExpressionSyntax access => Member(TypeOf(Resolve(access.Expression)), access.Name.Identifier.ValueText),
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } conditional =>
                Member(TypeOf(Resolve(conditional.Expression)), binding.Name.Identifier.ValueText),
            _ => null,
        };

        private ISymbol? ResolveIdentifier(string name) =>
            (ISymbol?)_scope.Parameter(name) ?? Member(_scope.Type, name) ?? _scope.PrimaryConstructorParameter(name);

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
