using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// One query of the engine: walks a value's operation tree backwards to where personal data enters it.
/// </summary>
/// <remarks>
/// The <em>witness</em> of a hit is the operation inside the queried expression through which the data
/// enters (a member read, a local, a call). While the walk stays inside the expression it is null and the
/// leaf that finds data becomes the witness; when the walk leaves the expression (into a local's stored
/// values, a lambda's source collection, a callee) the operation it left through is kept as the witness.
/// </remarks>
internal sealed partial class TaintWalker
{
    private const int MaxDepth = 96;

    private readonly PiiFlow _flow;
    private readonly bool _wholeObjects;
    private readonly MemberReader _reader;
    private readonly IMethodSymbol? _summarizing;
    private readonly List<TaintHit> _hits = new();

    // Most queries meet no personal data and no local: these are made on first use.
    private HashSet<IMethodSymbol>? _summariesInProgress;
    private HashSet<(IOperation Witness, ISymbol Source)>? _reported;
    private HashSet<(IOperation Value, IOperation Witness, bool InsideClosed, ValuePart Part)>? _expanded;
    private HashSet<IMethodSymbol>? _lambdasEnteredFromCall;
    private HashSet<IMethodSymbol>? _lambdasWithDroppedSource;
    private int _depth;

    /// <summary>Above zero while a record's element is followed: values it cannot be traced through give nothing.</summary>
    private int _strictParts;

    /// <summary>Inside a value whose type cannot hold whole objects (see <see cref="PiiFlow.IsClosedToWholeObjects"/>).</summary>
    private bool _insideClosed;

    /// <summary>Inside text: objects in it are printed, not read member by member by the sink's reader.</summary>
    private bool _insideText;

    /// <summary>The part of the next visited value that is read (<see cref="VisitPart"/>); taken at entry, whole for every other visit.</summary>
    private ValuePart _part;

    public TaintWalker(PiiFlow flow, bool wholeObjects, IMethodSymbol? summarizing = null, HashSet<IMethodSymbol>? summariesInProgress = null, MemberReader? reader = null)
    {
        _flow = flow;
        _wholeObjects = wholeObjects;
        _reader = reader ?? MemberReader.Destructuring;
        _summarizing = summarizing;
        _summariesInProgress = summariesInProgress;
    }

    public IReadOnlyList<TaintHit> Hits => _hits;

    /// <summary>The walk is a text sink's: an object it meets is printed, as its <c>ToString</c> shows it.</summary>
    public bool PrintsObjects { get; init; }

    private HashSet<IMethodSymbol> SummariesInProgress => _summariesInProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

    /// <summary>In a summary: the parameters of the summarized method that reach the visited values, whole or coarsened.</summary>
    public ReachingParameters Parameters { get; private set; }

    /// <summary>The kind the value being visited loses on its way (<see cref="CoarsenedPlaces"/>), or null.</summary>
    private string? _coarsening;

    /// <summary>
    /// In a summary that asks for them (<see cref="TracksParameterElements"/>): tuple parameters read only element by
    /// element, as parameter ordinal to the bits of the elements read (<c>info.Count</c> reaches element 1 of <c>info</c>).
    /// </summary>
    public Dictionary<int, ulong>? FlowingElements { get; private set; }

    /// <summary>Whether a tuple parameter's element read counts for that element (<see cref="FlowingElements"/>) rather than the whole parameter.</summary>
    public bool TracksParameterElements { get; init; }

    public Taint Run(IOperation? value, ValuePart part = default)
    {
        VisitPart(value, witness: null, part);
        return new Taint(_hits.ToImmutableArray());
    }

    /// <summary>Visits only <paramref name="part"/> of the value where the engine can tell its parts apart, else the whole.</summary>
    public void VisitPart(IOperation? operation, IOperation? witness, ValuePart part)
    {
        _part = part;
        Visit(operation, witness);
    }

    /// <summary>
    /// Visits only <paramref name="part"/> of the value, and only where it can be traced: an untraceable value (a field's
    /// stored objects) gives nothing rather than its whole.
    /// </summary>
    public void VisitTracedPart(IOperation operation, IOperation? witness, ValuePart part)
    {
        // Objects built from objects (new Dto { A = src.B }, src from new Src { B = … }) are traced once per read, not
        // once per path to it: a walk already made adds nothing.
        if (!(_expanded ??= new HashSet<(IOperation, IOperation, bool, ValuePart)>(ExpansionComparer.Instance)).Add((operation, witness ?? operation, _insideClosed, part)))
        {
            return;
        }

        _strictParts++;
        try
        {
            VisitPart(operation, witness, part);
        }
        finally
        {
            _strictParts--;
        }
    }

    public void Visit(IOperation? operation, IOperation? witness)
    {
        var part = _part;
        _part = ValuePart.Whole;
        if (operation is null || _depth >= MaxDepth)
        {
            return;
        }

        // Whole objects that a value of a closed type is built from (users projected to summaries) do not reach it;
        // the members it copies still do, and so does text made of whole objects (a serialized user inside it).
        var outerClosed = _insideClosed;
        var outerText = _insideText;
        if (_wholeObjects)
        {
            _insideText |= operation.Type?.SpecialType == SpecialType.System_String;
            _insideClosed = operation.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Object ? false
                : _insideClosed || _flow.IsClosedToWholeObjects(operation.Type);
        }

        _depth++;
        try
        {
            if (!part.IsWhole && _strictParts > 0)
            {
                // A part followed only where it can be traced: an untraceable value gives nothing, not its whole.
                VisitSelected(operation, part, witness);
            }
            else if ((part.IsWhole || !VisitSelected(operation, part, witness)) && !VisitObject(operation, witness))
            {
                VisitValue(operation, witness);
            }
        }
        finally
        {
            _depth--;
            _insideClosed = outerClosed;
            _insideText = outerText;
        }
    }

    /// <summary>A whole object holding personal data: as its members are read in whole-object mode, as it prints itself always.</summary>
    private bool VisitObject(IOperation operation, IOperation? witness)
    {
        // An assignment (an anonymous object's Backers = analytics) is what it assigns: its value decides.
        if (operation is IConversionOperation or IAssignmentOperation || operation.Type is not { SpecialType: SpecialType.None } type)
        {
            return false;
        }

        // A reader that skips public fields writes a tuple as an empty object: its elements are fields.
        if (_wholeObjects && !_insideText && !_reader.ReadsPublicFields && type.IsTupleType)
        {
            return true;
        }

        // A type the serializer writes with the application's converter ([JsonConverter(typeof(PublicViewConverter))]) is
        // written as the converter writes it, whatever it was built from: its writer's calls are checked where they write.
        if (_wholeObjects && !_insideText && _reader.WritesWithConverter(type))
        {
            return true;
        }

        // Destructuring loggers and serializers read public members; text sinks read what a record's ToString prints.
        var whole = (_wholeObjects && !_insideClosed ? _flow.GetWholeObject(type, _reader) : null) ?? _flow.GetPrintedObject(type);
        if (whole is null)
        {
            // Text prints a hand-written ToString: what it returns, when the engine can summarise it; and of what the
            // object was built from, what its members that the printing reads were given (or the whole construction,
            // when one of them cannot be traced).
            if (!_wholeObjects || _insideText)
            {
                // Text of a class that prints its type's name holds nothing the object was built from.
                if ((_insideText || PrintsObjects) && PrintedMembers.PrintsTypeName(type))
                {
                    return true;
                }

                var summarized = false;
                if (PrintedMembers.OwnToString(type) is { } toString && _flow.Summaries.Get(toString, operation, SummariesInProgress) is { } printed)
                {
                    if (!VisitPrintedConstructions(operation, printed, witness))
                    {
                        AddSummary(printed, operation, witness);
                    }

                    summarized = true;
                }

                return VisitPrintedMembers(operation, type, witness, summarized);
            }

            // A type whose personal members the reader skips ([JsonIgnore]) built by a factory: what the members it
            // writes were given, not what the skipped ones were.
            return operation is IInvocationOperation built && VisitFactory(built, witness);
        }

        // The application's own configuration written whole (options.Value.Depot) holds no one's data its names suggest.
        if (whole.Pii.Source == PiiSource.NameInference && ConfiguredValues.Holds(operation))
        {
            return true;
        }

        // A local holding only copies: each copy decides what it holds. So does the value a finished task was made from
        // (Task.FromResult(reply)).
        if (operation is ILocalReferenceOperation local && HoldsOnlyCopies(_flow, local) || IsFinishedTask(operation))
        {
            return false;
        }

        // The items of a LINQ call (stats.Select(s => s with { Name = Mask(s.Name) }).ToList()): each decides what it holds.
        // Text prints one item (list.First()) as its type does, and a collection's items not at all: there only the
        // values a projection made can be judged.
        if (operation is IInvocationOperation call && ItemsOf(call) is { } items
            && ((_wholeObjects && !_insideText) || !KeepsCollectionItems(call)))
        {
            foreach (var item in items)
            {
                Visit(item, witness ?? operation);
            }

            return true;
        }

        // Members set to constants just before (user.PasswordHash = null; return Ok(user);) are not the person's.
        if (_flow.OverwrittenBefore(operation) is { } constants)
        {
            whole = WholeBeside(type, constants);
            if (whole is null)
            {
                // Every personal member holds a constant now, whatever object the local was given.
                return true;
            }
        }

        // new ContactDto(t.Id, Mask.Email(t.Email)): the members its construction sets hold the values it was given, and
        // those it leaves blank hold nothing.
        if (operation is IObjectCreationOperation creation && ConstructedMembers(_flow, creation, witness) is { } constructed
            && WholeBeside(type, constructed) is null)
        {
            VisitConstruction(creation, type, witness);
            return true;
        }

        // claim.ToPublicDto(): a factory returning such constructions holds what they were given, as if built here.
        if (operation is IInvocationOperation factory && VisitFactory(factory, witness))
        {
            return true;
        }

        if (operation is IWithOperation copy && OverwrittenMembers(copy) is { } overwritten)
        {
            // A copy whose personal members are all overwritten holds their new values, not the copied object's.
            whole = WholeBeside(type, overwritten, containers: false);
            if (whole is null)
            {
                // The new values only: the initializer itself is typed as the copied object.
                foreach (var initializer in copy.Initializer.Initializers)
                {
                    Visit(initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer, witness);
                }

                return true;
            }

            // A copy of an object traced to its constructions or its factory: what they gave the members it keeps, and
            // its new values.
            if (VisitTracedCopy(copy, overwritten, witness ?? operation))
            {
                return true;
            }
        }

        Add(witness ?? operation, whole.Member, whole.Pii, whole.Type);
        return true;
    }

    private void VisitValue(IOperation operation, IOperation? witness)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                VisitConversion(conversion, witness);
                break;
            case IParenthesizedOperation parenthesized:
                Visit(parenthesized.Operand, witness);
                break;
            case IFieldReferenceOperation field:
                VisitMember(field, field.Field, field.Instance, field.Field.ContainingType is { IsTupleType: true }
                    || !field.Field.IsStatic && HoldsTypeArgument(field.Field.OriginalDefinition.Type, field.Field.ContainingType) && !CallCuts(field.Type, field.Instance?.Type), witness);
                break;
            case IPropertyReferenceOperation property:
                VisitProperty(property, witness);
                break;
            case IArrayElementReferenceOperation element:
                if (!VisitCoarsened(element, witness))
                {
                    Visit(element.ArrayReference, witness);
                }

                break;
            case IParameterReferenceOperation parameter:
                VisitParameter(parameter, witness);
                break;
            case ILocalReferenceOperation local:
                if (local.Parent is not (IMemberReferenceOperation or IInvocationOperation { TargetMethod.Name: not nameof(ToString) }))
                {
                    // A caught exception written whole (logger.LogWarning(ex, …), $"{ex}") prints its message.
                    AddCaught(local, witness ?? local, withTypesMessage: true);
                }

                VisitDeserialized(local, witness);
                VisitStored(local.Local, local, witness ?? local);
                break;
            case IAssignmentOperation assignment:
                if (assignment is ICompoundAssignmentOperation or ICoalesceAssignmentOperation)
                {
                    Visit(assignment.Target, witness);
                }

                Visit(assignment.Value, witness);
                break;
            case IConditionalOperation { WhenFalse: not null } truncated when ShortFragments.IsShort(truncated):
                // code.Length > 3 ? code[..3] : code: a few characters at most.
                break;
            case IConditionalOperation { WhenFalse: not null } conditional:
                Visit(conditional.WhenTrue, witness);
                Visit(conditional.WhenFalse, witness);
                break;
            case ICoalesceOperation coalesce:
                Visit(coalesce.Value, witness);
                Visit(coalesce.WhenNull, witness);
                break;
            case IConditionalAccessOperation conditionalAccess:
                Visit(conditionalAccess.WhenNotNull, witness);
                break;
            case IConditionalAccessInstanceOperation instance:
                Visit(AccessedValue(instance), witness);
                break;
            case IBinaryOperation binary:
                VisitBinary(binary, witness);
                break;
            case IUnaryOperation unary when unary.Type?.SpecialType != SpecialType.System_Boolean:
                Visit(unary.Operand, witness);
                break;
            case IInvocationOperation invocation:
                VisitInvocation(invocation, witness);
                break;
            case IObjectCreationOperation creation:
                VisitCreation(creation, witness);
                break;
            case IAwaitOperation awaited:
                Visit(awaited.Operation, witness);
                break;
            case ISwitchExpressionOperation switchExpression:
                VisitSwitchExpression(switchExpression, witness);
                break;
            case IWithOperation with:
                VisitCopied(with, witness);
                Visit(with.Initializer, witness);
                break;
            case IInterpolatedStringHandlerCreationOperation handler:
                Visit(handler.Content, witness);
                break;
            case IInterpolatedStringAppendOperation append:
                // A handler's AppendFormatted(value) returns nothing (or whether it went on): the value is what it adds.
                if (append.AppendCall is IInvocationOperation appendCall)
                {
                    foreach (var argument in appendCall.Arguments)
                    {
                        Visit(argument.Value, witness);
                    }
                }
                else
                {
                    Visit(append.AppendCall, witness);
                }

                break;
            case IInterpolationOperation interpolation:
                Visit(interpolation.Expression, witness);
                break;
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                // A Func<> local or field invoked later: it carries what its lambda returns.
                VisitReturnedValues(lambda, witness);
                break;
            case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }
                when _flow.Summaries.Get(reference.Method, reference, SummariesInProgress) is { } referenced:
                AddSummary(referenced, reference, witness);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Parent: IInvocationOperation call }:
                // Stored into a local through `out`/`ref`: what the call writes there.
                VisitWrittenThrough(call, witness);
                break;
            case IDelegateCreationOperation or IAnonymousFunctionOperation or ILiteralOperation or INameOfOperation
                or ITypeOfOperation or ISizeOfOperation or IIsTypeOperation or IIsPatternOperation or IInstanceReferenceOperation
                or IDefaultValueOperation or IDeclarationExpressionOperation:
                break;
            case IObjectOrCollectionInitializerOperation initializer:
                foreach (var element in initializer.Initializers)
                {
                    if (SkipsMember(element))
                    {
                        continue;
                    }

                    // { "key", value } calls Add: its arguments are the elements.
                    var parts = element is IInvocationOperation add ? add.Arguments.CastArray<IOperation>() : ImmutableArray.Create(element);
                    foreach (var part in parts)
                    {
                        Visit(part, witness);
                    }
                }

                break;
            case IPatternOperation or IThrowOperation:
                break;
            case IImplicitIndexerReferenceOperation slice when ShortFragments.IsShort(slice) || VisitCoarsened(slice, witness):
                break;
            default:
                // Containers, string building, and every operation not modelled above: whatever any part carries,
                // unless the result is a yes/no answer.
                if (!PiiFlow.IsAnswer(operation.Type))
                {
                    foreach (var child in operation.ChildOperations)
                    {
                        Visit(child, witness);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// An object traced to constructions that decide every personal member its hand-written printing prints
    /// (<paramref name="printed"/>'s sources: <c>new GrantApproved(participant, amount)</c> printing <c>Recipient</c>, which
    /// its constructor gives the base as <c>participant.Email</c>): it prints what each construction gave those members,
    /// whatever their names suggest. False, visiting nothing, for any other object or printing.
    /// </summary>
    private bool VisitPrintedConstructions(IOperation operation, MethodSummary printed, IOperation? witness)
    {
        if (printed.Sources.IsEmpty || ConstructionsOf(operation) is not { } constructions)
        {
            return false;
        }

        var personal = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var (source, _, _) in printed.Sources)
        {
            personal.Add(source);
        }

        var decidedBy = new List<HashSet<ISymbol>>(constructions.Count);
        foreach (var creation in constructions)
        {
            if (ConstructedMembers(_flow, creation, witness ?? operation) is not { } decided || !decided.IsSupersetOf(personal))
            {
                return false;
            }

            decidedBy.Add(decided);
        }

        for (var i = 0; i < constructions.Count; i++)
        {
            // Only the personal members printed: the others are read as the printing reads them.
            decidedBy[i].ExceptWith(personal);
            VisitConstruction(constructions[i], constructions[i].Type!, witness ?? operation, decidedBy[i]);
        }

        return true;
    }

    /// <summary>
    /// The members of <paramref name="operation"/>'s object that its hand-written printing reads (see
    /// <see cref="PrintedMembers"/>), each as a read of that member: a marked or inferred one is a source, another holds what
    /// the object's construction gave it. False, visiting nothing, when the type prints no such way or a member read
    /// cannot be traced to a construction (a computed property, a field). With <paramref name="summarized"/>, the summary of
    /// what the printing returns has said which personal members it prints (<c>Mask(Iban)</c> prints none).
    /// </summary>
    private bool VisitPrintedMembers(IOperation operation, ITypeSymbol type, IOperation? witness, bool summarized = false)
    {
        if (_flow.GetPrintedMembers(type) is not { } members)
        {
            return false;
        }

        var parts = new List<(ISymbol Member, ValuePart Part)>(members.Length);
        foreach (var member in members)
        {
            var part = _flow.GetPii(member) is not null ? ValuePart.Whole : member is IPropertySymbol property ? TracedPartOf(property) : null;
            if (part is not { } known)
            {
                return false;
            }

            parts.Add((member, known));
        }

        foreach (var (member, part) in parts)
        {
            if (part.IsWhole)
            {
                if (!summarized)
                {
                    Add(witness ?? operation, member, _flow.GetPii(member)!, null);
                }
            }
            else
            {
                VisitTracedPart(operation, witness, part);
            }
        }

        return true;
    }

    /// <summary>
    /// The part of its object a property is when the object is traced to its construction: the element a constructor
    /// copies into it, or the member an initializer or a statement sets; null for a property neither can set.
    /// </summary>
    private ValuePart? TracedPartOf(IPropertySymbol property) =>
        _flow.CopiesOf(property.ContainingType).ElementOf(property)
        ?? (InitializedMembers.CanBeInitialized(property) ? InitializedMembers.PartOf(property) : null);

    /// <summary>True when the member, read from a local or a parameter, was set to a constant just before (<c>copy.Email = ""</c>).</summary>
    private static bool OverwrittenBefore(PiiFlow flow, ISymbol member, IOperation? instance) =>
        instance is not null && flow.OverwrittenBefore(instance)?.Contains(member) == true;

    /// <summary>
    /// True when every value reaching <paramref name="local"/> is a <c>with</c> copy, a LINQ call whose items can be told
    /// or, for a local whose members are never assigned, a construction of a type of the compilation or a factory's result
    /// (<see cref="MethodSummaries.ConstructionsReturnedBy"/>): each copy, construction or item decides what it holds.
    /// </summary>
    internal static bool HoldsOnlyCopies(PiiFlow flow, ILocalReferenceOperation local)
    {
        var any = false;
        bool? membersAssigned = null;
        foreach (var value in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
        {
            var unwrapped = Unwrap(value);
            if ((unwrapped is IObjectCreationOperation { Type: { } created } && PiiFlow.IsDeclaredInSource(created)
                    || unwrapped is IInvocationOperation factory && flow.Summaries.IsFactory(factory))
                && !(membersAssigned ??= AssignsMembers(local)))
            {
                any = true;
                continue;
            }

            if (unwrapped is not IWithOperation
                && !(unwrapped is IInvocationOperation call && ItemsOf(call) is not null))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when <paramref name="instance"/> is a local whose members are never assigned and every value reaching it is a
    /// construction of a type of the compilation or a factory's result that decides <paramref name="member"/> (its
    /// constructor copies it or its initializer sets it), or <c>null</c>, directly or as a branch of <c>?:</c> or <c>??</c>.
    /// </summary>
    private bool IsConstructedHere(IOperation? instance, IPropertySymbol member)
    {
        var value = instance is null ? null : Unwrap(instance);
        if (value is IConditionalAccessInstanceOperation accessed)
        {
            value = AccessedValue(accessed) is { } target ? Unwrap(target) : null;
        }

        if (value is not ILocalReferenceOperation local || AssignsMembers(local))
        {
            return false;
        }

        var any = false;
        foreach (var reaching in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
        {
            if (!Decides(reaching, member))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private bool Decides(IOperation value, IPropertySymbol member)
    {
        switch (Unwrap(value))
        {
            case IObjectCreationOperation creation:
                return ConstructedMembers(_flow, creation, read: null)?.Contains(member) == true;
            case IInvocationOperation factory:
                var built = _flow.Summaries.ConstructionsReturnedBy(factory);
                if (!built.IsEmpty)
                {
                    return System.Linq.Enumerable.All(built, creation => ConstructedMembers(_flow, creation, read: null)?.Contains(member) == true);
                }

                return _flow.Summaries.SyntacticFactoryOf(factory)?.Decided.Contains(member) == true;
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation:
                return true;
            case IConditionalOperation { WhenFalse: { } otherwise } choice:
                return Decides(choice.WhenTrue, member) && Decides(otherwise, member);
            case ICoalesceOperation coalesce:
                return Decides(coalesce.Value, member) && Decides(coalesce.WhenNull, member);
            default:
                return false;
        }
    }

    /// <summary>True when the block of <paramref name="local"/> assigns a member of it anywhere (<c>dto.Email = …</c>).</summary>
    private static bool AssignsMembers(ILocalReferenceOperation local)
    {
        foreach (var use in OperationShapes.UsesOf(local))
        {
            if (use.Parent is IMemberReferenceOperation { Parent: IAssignmentOperation assignment } member && assignment.Target == member)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="declared"/> (a member's type as declared) mentions a type parameter of the generic <paramref name="owner"/>.</summary>
    private static bool HoldsTypeArgument(ITypeSymbol declared, INamedTypeSymbol? owner) => owner is { IsGenericType: true, IsTupleType: false } && declared switch
    {
        ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } => true,
        IArrayTypeSymbol array => HoldsTypeArgument(array.ElementType, owner),
        INamedTypeSymbol { IsGenericType: true } named => AnyHoldsTypeArgument(named, owner),
        _ => false,
    };

    private static bool AnyHoldsTypeArgument(INamedTypeSymbol named, INamedTypeSymbol owner)
    {
        foreach (var argument in named.TypeArguments)
        {
            if (HoldsTypeArgument(argument, owner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The personal member a whole-object read or a print finds beside <paramref name="decided"/> members, which hold other
    /// values; null when none.
    /// </summary>
    private WholeObject? WholeBeside(ITypeSymbol type, HashSet<ISymbol> decided, bool containers = true) =>
        (_wholeObjects && !_insideClosed ? WholeObject.FindRead(_flow, type, _reader, containers, decided) : null)
        ?? WholeObject.FindPrinted(_flow, type, decided);

    /// <summary>
    /// The members a construction of a type of the compilation decides itself: the properties its constructor copies from its
    /// arguments (<see cref="ConstructorCopies"/>), those its initializer assigns, and for a write through
    /// <paramref name="read"/> those it leaves blank (<see cref="BlankMembers"/>); null when none.
    /// </summary>
    internal static HashSet<ISymbol>? ConstructedMembers(PiiFlow flow, IObjectCreationOperation creation, IOperation? read)
    {
        if (creation.Type is not INamedTypeSymbol type || !PiiFlow.IsDeclaredInSource(type))
        {
            return null;
        }

        // A member given a value the engine cannot see into (a call the compiler could not bind, or one to a library or
        // another project's compiled code, context.GetIpAddress(settings)) is not decided by it: what the value holds is
        // unknown, and the member's own name or mark counts.
        var members = BlankMembers.Of(creation, read);
        var copies = flow.CopiesOf(type);
        if (copies.IsFilledBy(creation.Constructor))
        {
            var anyOpaque = false;
            foreach (var argument in creation.Arguments)
            {
                anyOpaque |= IsOpaque(argument.Value);
            }

            foreach (var property in copies.DecidedProperties(type))
            {
                var given = copies.ElementOf(property) is { } element ? ArgumentAt(creation, element.Index) : null;
                if (given is null ? !anyOpaque : !IsOpaque(given))
                {
                    (members ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(property);
                }
            }
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment && !IsOpaque(assignment.Value))
            {
                (members ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(target.Member);
            }
        }

        return members;
    }

    /// <summary>The argument a construction gives its constructor's parameter <paramref name="ordinal"/>; null when none.</summary>
    private static IOperation? ArgumentAt(IObjectCreationOperation creation, int ordinal)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="value"/> holds an operation the compiler could not bind, or a call to a method outside the
    /// compilation and the .NET libraries (a package's or another project's compiled code), which the engine has no model of.
    /// </summary>
    private static bool IsOpaque(IOperation value)
    {
        foreach (var part in value.DescendantsAndSelf())
        {
            if (part is IInvalidOperation
                || part is IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.IsEmpty: true } method } && !SymbolNames.IsInSystem(method.ContainingNamespace))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary><c>Task.FromResult(value)</c> or <c>ValueTask.FromResult(value)</c>: a task that holds its argument.</summary>
    internal static bool IsFinishedTask(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "FromResult", IsStatic: true, ContainingType: { } owner }, Arguments.Length: 1 }
        && (SymbolNames.Is(owner, "System.Threading.Tasks.Task") || SymbolNames.Is(owner, "System.Threading.Tasks.ValueTask"));

    /// <summary>
    /// What a <c>with</c> copy keeps of the object it copies: of a construction the method made (<c>var closed = new
    /// ShiftClosed(…) { CourierName = courier.FullName }</c>, then <c>closed with { CourierName = "" }</c>), what it was
    /// given for the members the copy does not overwrite; of any other object, all of it.
    /// </summary>
    private void VisitCopied(IWithOperation copy, IOperation? witness)
    {
        if (OverwrittenMembers(copy) is not { } overwritten)
        {
            Visit(copy.Operand, witness);
            return;
        }

        // pack with { ChildName = … } of pack = service.BuildPack(child, review): the factory's constructions, less what
        // the copy replaces.
        if (ConstructionsOf(copy.Operand) is not { } constructions)
        {
            if (FactoryCallOf(copy.Operand) is not { } factory || !VisitFactory(factory, witness, overwritten))
            {
                Visit(copy.Operand, witness);
            }

            return;
        }

        foreach (var creation in constructions)
        {
            VisitConstruction(creation, creation.Type!, witness, overwritten);
        }
    }

    /// <summary>
    /// A <c>with</c> copy whose copied object is traced to constructions, or a factory's, that decide every personal member
    /// the copy keeps: what they gave those members, and the copy's new values. False, visiting nothing, otherwise.
    /// </summary>
    private bool VisitTracedCopy(IWithOperation copy, HashSet<ISymbol> overwritten, IOperation witness)
    {
        if (ConstructionsOf(copy.Operand) is { } constructions)
        {
            foreach (var creation in constructions)
            {
                if (ConstructedMembers(_flow, creation, read: null) is not { } decided || WholeBeside(creation.Type!, WithReplaced(decided, overwritten)) is not null)
                {
                    return false;
                }
            }

            foreach (var creation in constructions)
            {
                VisitConstruction(creation, creation.Type!, witness, overwritten);
            }
        }
        else if (FactoryCallOf(copy.Operand) is not { } factory || !VisitFactory(factory, witness, overwritten))
        {
            return false;
        }

        foreach (var initializer in copy.Initializer.Initializers)
        {
            Visit(initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer, witness);
        }

        return true;
    }

    /// <summary><c>Exception.Message</c>, or an override of it (<c>ArgumentException.Message</c>, which appends the parameter's name).</summary>
    private static bool IsExceptionMessage(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (SymbolNames.Is(current.ContainingType, "System.Exception"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The factory call a value is, directly or as the one value reaching a local; null for anything else.</summary>
    private IInvocationOperation? FactoryCallOf(IOperation value)
    {
        var unwrapped = Unwrap(value);
        if (unwrapped is ILocalReferenceOperation local)
        {
            IOperation? only = null;
            foreach (var reaching in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
            {
                if (only is not null)
                {
                    return null;
                }

                only = reaching;
            }

            unwrapped = only is null ? null : Unwrap(only);
        }

        return unwrapped is IInvocationOperation call && _flow.Summaries.IsFactory(call) ? call : null;
    }

    /// <summary>The constructions a value is: a <c>new</c> of the method, or every value reaching a local; null for anything else.</summary>
    private static List<IObjectCreationOperation>? ConstructionsOf(IOperation value)
    {
        var unwrapped = Unwrap(value);
        if (unwrapped is IObjectCreationOperation { Type: not null } creation)
        {
            return [creation];
        }

        if (unwrapped is not ILocalReferenceOperation local)
        {
            return null;
        }

        var constructions = new List<IObjectCreationOperation>();
        foreach (var reaching in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
        {
            if (Unwrap(reaching) is not IObjectCreationOperation { Type: not null } made)
            {
                return null;
            }

            constructions.Add(made);
        }

        return constructions.Count == 0 ? null : constructions;
    }

    /// <summary>
    /// What a construction gives the members it decides: its arguments and initialized values, less members the sink's
    /// reader skips; a text literal given to a personal member stands in for a person's data (<c>new Player { FirstName =
    /// "Sam" }</c>, <c>new Owner("Ann Owner", …)</c>, as in samples and fixtures).
    /// </summary>
    /// <param name="skipped">Members whose values are left out: a copy of the construction overwrites them.</param>
    private void VisitConstruction(IObjectCreationOperation creation, ITypeSymbol type, IOperation? witness, HashSet<ISymbol>? skipped = null)
    {
        var copies = type is INamedTypeSymbol named && _flow.CopiesOf(named).IsFilledBy(creation.Constructor) ? _flow.CopiesOf(named) : null;
        if (copies is not null)
        {
            VisitPassedToBase(creation, copies, witness, skipped);
        }

        foreach (var argument in creation.Arguments)
        {
            if (copies is not null && argument.Parameter is { } parameter && copies.ReachesOnlyThroughBase(parameter.Ordinal))
            {
                continue;
            }

            var copy = CopiedInto(creation, argument);
            if (skipped is not null && copy is not null && skipped.Contains(copy))
            {
                continue;
            }

            if (BlankMembers.IsStandIn(argument.Value) && copy is not null && _flow.GetPii(copy) is { } copied)
            {
                Add(witness ?? creation, copy, copied, type);
            }

            Visit(argument.Value, witness);
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is not ISimpleAssignmentOperation assignment)
            {
                Visit(initializer, witness);
                continue;
            }

            if (SkipsMember(assignment) || skipped is not null && assignment.Target is IMemberReferenceOperation { Member: var set } && skipped.Contains(set))
            {
                continue;
            }

            if (assignment.Target is IMemberReferenceOperation target && BlankMembers.IsStandIn(assignment.Value)
                && _flow.GetPii(target.Member) is { } given)
            {
                Add(witness ?? creation, target.Member, given, type);
            }

            Visit(assignment.Value, witness);
        }
    }

    /// <summary>
    /// What a construction's constructor gives its base for the properties the base copies (<c>: base(p.Email, …)</c>), read
    /// with the construction's arguments; <paramref name="skipped"/> properties are not read.
    /// </summary>
    private void VisitPassedToBase(IObjectCreationOperation creation, ConstructorCopies copies, IOperation? witness, HashSet<ISymbol>? skipped)
    {
        foreach (var (property, summary) in copies.PassedToBase(_flow))
        {
            if (skipped is not null && System.Linq.Enumerable.Any(skipped, member => member.Name == property))
            {
                continue;
            }

            AddSummary(summary, creation, witness);
            foreach (var argument in creation.Arguments)
            {
                VisitArgument(summary, argument.Value, argument.Parameter, witness);
            }
        }
    }

    /// <summary>The property a construction's constructor copies <paramref name="argument"/> into (see <see cref="ConstructorCopies"/>); null when none.</summary>
    private IPropertySymbol? CopiedInto(IObjectCreationOperation creation, IArgumentOperation argument)
    {
        if (creation.Type is not INamedTypeSymbol type || argument.Parameter is not { } parameter || !_flow.CopiesOf(type).IsFilledBy(creation.Constructor))
        {
            return null;
        }

        var element = ValuePart.Element(parameter.Ordinal);
        foreach (var property in _flow.CopiesOf(type).CopiedProperties(type))
        {
            if (_flow.CopiesOf(type).ElementOf(property) == element)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// A call of a factory that returns only constructions (<see cref="MethodSummaries.ConstructionsReturnedBy"/>), each
    /// deciding every personal member the sink reads: what those constructions were given, read in the factory with this
    /// walk's way of reading and carried to the call through its arguments. False for any other call.
    /// </summary>
    private bool VisitFactory(IInvocationOperation call, IOperation? witness, HashSet<ISymbol>? replaced = null)
    {
        var constructions = _flow.Summaries.ConstructionsReturnedBy(call);
        if (constructions.IsEmpty && _flow.Summaries.SyntacticFactoryOf(call) is { } written)
        {
            // A factory in another file: its constructions read from syntax.
            if (WholeBeside(written.Type, WithReplaced(written.Decided, replaced)) is not null)
            {
                return false;
            }

            VisitSummarized(written.Values, call, witness);
            foreach (var (member, given) in written.Initialized)
            {
                if (!SkipsMember(member) && replaced?.Contains(member) != true)
                {
                    VisitSummarized(given, call, witness);
                }
            }

            return true;
        }

        foreach (var construction in constructions)
        {
            if (construction.Type is not { } built || WholeBeside(built, WithReplaced(ConstructedMembers(_flow, construction, read: null)!, replaced)) is not null)
            {
                return false;
            }
        }

        // The body's parameters are the declaration's, also for a generic factory's call (ToDto<T>).
        var method = call.TargetMethod.PartialImplementationPart ?? call.TargetMethod.OriginalDefinition;
        if (constructions.IsEmpty || !SummariesInProgress.Add(method))
        {
            // A factory already being read on this query counts as clean for the inner call, as summaries do.
            return !constructions.IsEmpty;
        }

        try
        {
            var factory = new TaintWalker(_flow, _wholeObjects, method, SummariesInProgress, _reader)
            {
                _insideText = _insideText,
                _insideClosed = _insideClosed,
            };
            foreach (var construction in constructions)
            {
                factory.VisitConstruction(construction, construction.Type!, witness: null, replaced);
            }

            VisitSummarized(MethodSummaries.SummaryOf(factory), call, witness);
        }
        finally
        {
            SummariesInProgress.Remove(method);
        }

        return true;
    }

    /// <summary>The members a construction decides, and those a copy of it replaces.</summary>
    private static HashSet<ISymbol> WithReplaced(HashSet<ISymbol> decided, HashSet<ISymbol>? replaced)
    {
        if (replaced is null)
        {
            return decided;
        }

        var all = new HashSet<ISymbol>(decided, SymbolEqualityComparer.Default);
        all.UnionWith(replaced);
        return all;
    }

    /// <summary>What a summarized call's result carries: the summary's own sources and what its arguments give it.</summary>
    private void VisitSummarized(MethodSummary summary, IInvocationOperation call, IOperation? witness)
    {
        AddSummary(summary, call, witness);
        foreach (var argument in call.Arguments)
        {
            VisitArgument(summary, argument.Value, argument.Parameter, witness);
        }
    }

    /// <summary>The members a <c>with</c> expression sets (<c>Email</c> and <c>Phone</c> of <c>m with { Email = "", Phone = null }</c>); null when none.</summary>
    private static HashSet<ISymbol>? OverwrittenMembers(IWithOperation copy)
    {
        HashSet<ISymbol>? members = null;
        foreach (var initializer in copy.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target })
            {
                (members ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(target.Member);
            }
        }

        return members;
    }

    /// <summary>
    /// An initializer of a member the sink's reader does not write: a public field System.Text.Json skips, a property of the
    /// compilation's own type marked <c>[JsonIgnore]</c> (<c>new PublicProfile { Id = c.Id, Email = c.Email }</c> serializes
    /// no e-mail). A library type's members are written its own way (a problem's extensions, a JSON node's entries).
    /// </summary>
    private bool SkipsMember(IOperation initializer) =>
        initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } && SkipsMember(target.Member);

    /// <summary>True when the sink's reader does not write <paramref name="member"/> of a whole object (see <see cref="SkipsMember(IOperation)"/>).</summary>
    private bool SkipsMember(ISymbol member) =>
        _wholeObjects && !_insideText
        && member switch
        {
            IFieldSymbol { DeclaredAccessibility: Accessibility.Public } field => !_reader.WritesKind(field),
            IPropertySymbol { IsIndexer: false, ContainingType: { IsAnonymousType: false } owner } property =>
                PiiFlow.IsDeclaredInSource(owner) && !_reader.Reads(property),
            _ => false,
        };

    private void VisitProperty(IPropertyReferenceOperation reference, IOperation? witness)
    {
        var property = reference.Property;
        VisitDeserialized(reference, witness);
        if (_flow.GetPii(property) is not null)
        {
            VisitMember(reference, property, reference.Instance, carriesInstance: false, witness);
            return;
        }

        if (ShortFragments.IsShort(reference))
        {
            return;
        }

        // An element of a tainted collection, or a property of a tainted anonymous object, is tainted.
        if (property.IsIndexer || property.ContainingType is { IsAnonymousType: true })
        {
            // What a visitor sent, or an exception carries, under a key named like personal data (Request.Form["email"],
            // ex.Data["CustomerEmail"]), under inference.
            if (ConstantKey(reference) is { HasValue: true, Value: string requested } && _flow.GetKeyedValue(reference, requested) is { } sent)
            {
                Add(witness ?? reference, property, sent, null, DataNames.OfKeyedValue(property, requested));
                return;
            }

            // A JSON document's value by a constant key holds what its key names (above), nothing else of the document.
            if (ConstantKey(reference) is { HasValue: true } && FrameworkSources.IsJsonDocument(reference.Instance?.Type ?? property.ContainingType))
            {
                return;
            }

            // dict["kind"] on a local reads only what was stored under that key (or under a key that is no constant).
            if (ConstantKey(reference) is { HasValue: true } key && reference.Instance is { } keyed && Unwrap(keyed) is ILocalReferenceOperation local)
            {
                VisitStored(local.Local, local, witness ?? local, ValuePart.Value, key);
                return;
            }

            // r.Id of rows made by Select(a => new { a.Id, a.GivenName }): what the method's creations gave that property.
            if (!property.IsIndexer && AnonymousValues.Of(reference) is { Count: > 0 } given)
            {
                foreach (var value in given)
                {
                    Visit(value, witness ?? reference);
                }

                return;
            }

            VisitPart(reference.Instance, witness, property.IsIndexer ? ValuePart.Value : ValuePart.Whole);
            return;
        }

        // What EF Core's change tracker reads from an entity (an audit interceptor's p.CurrentValue).
        if (ChangeTrackerValues.IsValue(property))
        {
            if (ChangeTrackerValues.Source(reference.Instance, _flow) is { } tracked)
            {
                Add(witness ?? reference, tracked.Member, tracked.Pii, tracked.Whole);
            }

            return;
        }

        if (property.Name == "Message" && IsExceptionMessage(property))
        {
            // What the throws a catch clause's try block reaches put into the message (catch (DbsMismatchException ex)).
            AddCaught(reference.Instance, witness ?? reference);

            // The message of an exception type of the compilation whose constructor writes personal data into it
            // (catch (DuplicateClaimantException ex) { … ex.Message … }).
            if (reference.Instance?.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } thrown
                && PiiFlow.IsDeclaredInSource(thrown) && _flow.GetExceptionMessage(thrown) is { } message)
            {
                Add(witness ?? reference, message.Source, message.Pii, null);
                return;
            }
        }

        // A verdict's failures written whole by a serializer (Results.BadRequest(result.Errors)) carry each failed value as
        // its AttemptedValue: every member a validator has a rule for.
        if (property.Name == "Errors" && _wholeObjects && !_insideText && PiiFlow.IsVerdict(property.ContainingType)
            && VerdictCall(reference.Instance, 0) is { } validation)
        {
            foreach (var member in _flow.CheckedByVerdict(validation))
            {
                if (_flow.GetPii(member) is { } attempted)
                {
                    Add(witness ?? reference, member, attempted, null);
                }
            }

            return;
        }

        // A property of a library type carries its instance (pair.Value, uri.Host), cut by its type (Length, Count). One
        // typed by a type argument holds that argument's value: a text or a number there (a tuple's Item2 beside a user
        // in Item1) holds no object, whatever objects the instance held beside it.
        if (!property.IsStatic && reference.Instance is { } instance && property.ContainingType is { } owner && !PiiFlow.IsDeclaredInSource(owner))
        {
            if (!PiiFlow.CutsTaint(property.Type, instance.Type) && !PiiFlow.NamesBrokenRule(property))
            {
                var before = _hits.Count;
                VisitPart(instance, witness, ValuePart.OfLibraryProperty(property));
                if (property.OriginalDefinition.Type is ITypeParameterSymbol && property.Type.SpecialType != SpecialType.None)
                {
                    DropHitsSince(before, hit => hit.WholeObject is not null);
                }
            }

            return;
        }

        // A member typed by a type parameter of a generic type of the compilation (Box<T>.Value) holds what its instance
        // was built from, cut by type like a library call's result (a Result<Guid>'s Value holds no failure's text).
        if (!property.IsStatic && reference.Instance is { } box && HoldsTypeArgument(property.OriginalDefinition.Type, property.ContainingType))
        {
            if (!CallCuts(property.Type, box.Type))
            {
                Visit(box, witness);
            }

            StoredSources(property, reference, witness);
            return;
        }

        VisitStoredDelegates(property, reference, witness);
        if (StoredSources(property, reference, witness))
        {
            return;
        }

        // A property a constructor copies from its parameter holds what the construction was given for it, when the
        // object can be traced to it (row.DisplayName of new Row(rank, e.DisplayName)); otherwise nothing is assumed.
        // So does a property an initializer sets (item.Label of new Item { Label = u.Email }).
        if (!property.IsStatic && reference.Instance is { } record && TracedPartOf(property) is { IsWhole: false } element)
        {
            VisitTracedPart(record, witness, element);
        }

        // A computed property of the compilation (string Contact => Email;) is summarized like a method.
        if (property.GetMethod is { DeclaringSyntaxReferences.IsEmpty: false } getter && !PiiModel.IsNotPii(property)
            && _flow.Summaries.Get(getter, reference, SummariesInProgress) is { } summary)
        {
            AddSummary(summary, reference, witness);
        }
    }

    /// <summary>
    /// A marked member is a source; reading an unmarked member of a tainted object is clean, except from tuples; an
    /// unmarked field or property of the compilation carries what its own type stores into it.
    /// </summary>
    private void VisitMember(IOperation reference, ISymbol member, IOperation? instance, bool carriesInstance, IOperation? witness)
    {
        if (_flow.GetPii(member) is { } pii)
        {
            // A name guessed personal in the application's own configuration (options.Value.Depot.Postcode) is the operator's.
            if (pii.Source == PiiSource.NameInference && ConfiguredValues.Holds(instance))
            {
                return;
            }

            // A name's guess read from an object traced to its constructions (area?.Latitude of AreaPoint.Coarse(…)): what
            // they gave the member decides. Not for secrets and identifiers, which are the person's however they were made
            // (AccessPin = Random.Shared.Next(0, 10000).ToString("D4")).
            if (pii.Source == PiiSource.NameInference && pii.Kind is not ("Other" or "OnlineIdentifier") && member is IPropertySymbol property
                && TracedPartOf(property) is { } part && IsConstructedHere(instance, property))
            {
                VisitTracedPart(instance!, witness ?? reference, part);
                return;
            }

            if (!BlankedCopies.Holds(member, instance) && !OverwrittenBefore(_flow, member, instance))
            {
                Add(witness ?? reference, member, pii, null);
            }
        }
        else if (carriesInstance)
        {
            VisitPart(instance, witness, member is IFieldSymbol field ? ValuePart.OfTupleField(field) : ValuePart.Whole);
        }
        else
        {
            VisitStoredDelegates(member, reference, witness);
            StoredSources(member, reference, witness);
        }
    }

    /// <summary>
    /// A delegate field or property of the compilation read in the file of its type (<c>_format(c)</c> with
    /// <c>_format = c =&gt; c.Email</c>): what the lambdas and methods stored into it there, in its initializer or by the
    /// type's assignments, return.
    /// </summary>
    private void VisitStoredDelegates(ISymbol member, IOperation reference, IOperation? witness)
    {
        foreach (var stored in StoredDelegates.Of(member, reference, _flow))
        {
            VisitExpanded(stored, witness ?? reference);
        }
    }

    /// <summary>Personal data the compilation stores into an unmarked field or property (<c>_cache = u.Email</c>); true when some.</summary>
    private bool StoredSources(ISymbol member, IOperation reference, IOperation? witness)
    {
        var stored = _flow.StoredInto(member);
        foreach (var (source, pii, whole) in stored)
        {
            Add(witness ?? reference, source, pii, whole);
        }

        return !stored.IsEmpty;
    }

    /// <summary>
    /// The personal data a caught exception's message carries from the throws its try block reaches (<see cref="CaughtExceptions"/>);
    /// with <paramref name="withTypesMessage"/>, also what its own type writes into every message (<see cref="PiiFlow.GetExceptionMessage"/>).
    /// </summary>
    private void AddCaught(IOperation? exception, IOperation witness, bool withTypesMessage = false)
    {
        if (exception is null || Unwrap(exception) is not ILocalReferenceOperation local || CaughtExceptions.CatchOf(local) is null)
        {
            return;
        }

        foreach (var (source, pii, whole) in _flow.Caught.Sources(local))
        {
            Add(witness, source, pii, whole);
        }

        if (withTypesMessage && local.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } caught && PiiFlow.IsDeclaredInSource(caught)
            && _flow.GetExceptionMessage(caught) is { } message)
        {
            Add(witness, message.Source, message.Pii, null);
        }
    }

    /// <summary>
    /// Text a deserializer of the block reads into a type holding personal data, or a JSON document of the block holds a
    /// personal value of: a raw message body.
    /// </summary>
    private void VisitDeserialized(IOperation reference, IOperation? witness)
    {
        if (DeserializedText.Of(reference, _flow) is { } whole)
        {
            Add(witness ?? reference, whole.Member, whole.Pii, whole.Type);
        }
        else if (DeserializedText.KeyedInParsed(reference, _flow) is var (source, pii, named))
        {
            Add(witness ?? reference, source, pii, null, named);
        }
    }

    private void VisitParameter(IParameterReferenceOperation reference, IOperation? witness, ValuePart part = default)
    {
        var parameter = reference.Parameter;
        VisitDeserialized(reference, witness);
        if (!LocalDefinitions.For(reference).ParameterValueReaches(parameter, reference))
        {
            // Overwritten on every path: only what was stored into it counts.
            VisitStored(parameter, reference, witness ?? reference);
            return;
        }

        var summarized = _summarizing is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _summarizing);
        if (summarized && parameter.Ordinal < 64)
        {
            // What the caller passes decides: Initials("Team") holds no name because the parameter is called fullName.
            Parameters = Parameters.With(parameter.Ordinal, _coarsening);
        }
        else if (_flow.GetPii(parameter) is { } pii)
        {
            Add(witness ?? reference, parameter, pii, null);
        }
        else if (part.IsWhole && TupleOf(parameter.Type) is { } tuple)
        {
            // A tuple parameter used whole ((string Name, string Phone)? thirdParty printed): each named element by its name.
            foreach (var element in tuple.TupleElements)
            {
                if (_flow.GetTupleElement(element) is { } held)
                {
                    Add(witness ?? reference, element, held, null);
                }
            }
        }

        // A lambda reached through its call needs no detour: the call's receiver is visited anyway.
        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LambdaMethod } lambda
            && _lambdasEnteredFromCall?.Contains(lambda) != true
            && LambdaSource(reference, lambda) is { } source)
        {
            VisitExpanded(source, witness ?? (_lambdasWithDroppedSource?.Contains(lambda) == true ? source : reference), part);
        }

        VisitStored(parameter, reference, witness ?? reference, part);
    }

    /// <summary>A tuple type, also behind <c>?</c>; null for any other type.</summary>
    private static INamedTypeSymbol? TupleOf(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? TupleOf(nullable.TypeArguments[0])
        : type is INamedTypeSymbol { IsTupleType: true } tuple ? tuple
        : null;

    /// <summary>What a local or parameter holds at this read: the values stored into it that reach here.</summary>
    private void VisitStored(ISymbol symbol, IOperation reference, IOperation witness, ValuePart part = default, Optional<object?> readKey = default)
    {
        var definitions = LocalDefinitions.For(reference);
        foreach (var value in definitions.ReachingValuesOf(symbol, reference))
        {
            if (!part.IsWhole && !part.Admits(ValuePart.RoleOfStored(value)) || LocalDefinitions.Empties(value)
                || Aggregates.AddsUpOverPeople(value, symbol, _flow, _reader))
            {
                continue;
            }

            if (readKey.HasValue && value.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
                && ConstantKey(target) is { HasValue: true } storedKey && !Equals(storedKey.Value, readKey.Value))
            {
                continue;
            }

            // Entries removed before the read (fields.Remove("phone")) are no longer in the dictionary.
            if (!readKey.HasValue && definitions.KeysRemovedBetween(symbol, value, reference) is { } removed)
            {
                if (value.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation stored }
                    && ConstantKey(stored) is { HasValue: true } removedKey && removed.Contains(removedKey.Value))
                {
                    continue;
                }

                if (KeyedInitializerValues(value, key => !removed.Contains(key)) is { } kept)
                {
                    foreach (var entry in kept)
                    {
                        VisitExpanded(entry, witness);
                    }

                    continue;
                }
            }

            if (readKey.HasValue && KeyedInitializerValues(value, key => Equals(key, readKey.Value)) is { } entries)
            {
                foreach (var entry in entries)
                {
                    VisitExpanded(entry, witness);
                }

                continue;
            }

            if (definitions.Deconstructed(value) is { } element)
            {
                // A member traced into a deconstructed element (booking.Id of var (booking, room) = await CreateAsync(request))
                // would need the element's own construction: untraced, it holds nothing rather than the whole element.
                if (part.Kind == ValuePartKind.Member && _strictParts > 0)
                {
                    continue;
                }

                // A key deconstructed from what a call returned (var (id, hash) = await FindAsync(email)) holds no e-mail.
                if (!(symbol is ILocalSymbol { Type: var held } && (PiiFlow.IsGuid(held) || PiiFlow.IsAnswer(held)) && element.Parameter is null
                    && !PiiFlow.IsGuid(element.Source.Type)))
                {
                    VisitDeconstructed(element, witness);
                }
            }
            else if (!IsReceiverOfCall(value))
            {
                VisitExpanded(value, witness, part);
            }
            else if (part.IsWhole || _strictParts == 0)
            {
                // A part of one of a dictionary's values (TryGetValue(id, out var item), then item.Id) is not traced there.
                VisitExpanded(value, witness, ValuePart.Value);
            }
        }
    }

    /// <summary>
    /// A receiver stored into an <c>out</c> local (<c>dict.TryGetValue(key, out var value)</c>): the local takes one of its
    /// values, not its keys.
    /// </summary>
    private static bool IsReceiverOfCall(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IInvocationOperation call || !ReferenceEquals(SinkSet.Receiver(call), value))
        {
            return false;
        }

        // Buffers a call copies into (dict.CopyTo(pairs, 0)) take the whole entries.
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.RefKind == RefKind.Out)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key of a one-argument indexer when it is a constant (<c>dict["email"]</c>).</summary>
    /// <summary>
    /// The values a dictionary's creation stores under the constant keys it <paramref name="takes"/> or under a key that
    /// is no constant (<c>new Dictionary&lt;string, string&gt; { ["email"] = u.Email, ["plan"] = u.Plan }</c> read as
    /// <c>map["plan"]</c>), and the arguments it is created from; null when the value is no such creation or an entry
    /// cannot be told apart.
    /// </summary>
    private static List<IOperation>? KeyedInitializerValues(IOperation value, System.Func<object?, bool> takes)
    {
        if (Unwrap(value) is not IObjectCreationOperation { Initializer.Initializers: { IsEmpty: false } entries } creation)
        {
            return null;
        }

        var values = new List<IOperation>();
        foreach (var argument in creation.Arguments)
        {
            values.Add(argument.Value);
        }

        foreach (var entry in entries)
        {
            var (entryKey, entryValue) = entry switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment =>
                    (indexer.Arguments[0].Value, assignment.Value),
                IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
                _ => ((IOperation?)null, (IOperation?)null),
            };
            if (entryKey is null || entryValue is null)
            {
                return null;
            }

            if (!entryKey.ConstantValue.HasValue || takes(entryKey.ConstantValue.Value))
            {
                values.Add(entryValue);
            }
        }

        return values;
    }

    private static Optional<object?> ConstantKey(IPropertyReferenceOperation indexer) =>
        indexer.Property.IsIndexer && indexer.Arguments.Length == 1 ? Unwrap(indexer.Arguments[0].Value).ConstantValue : default;

    /// <summary>
    /// One element of an object's deconstruction: a record's compiler-written <c>Deconstruct</c> gives the property of
    /// the same name; one of the compilation what it writes into that <c>out</c> parameter; a library one carries the object.
    /// </summary>
    private void VisitDeconstructed(DeconstructedElement element, IOperation witness)
    {
        // A dictionary's pair, deconstructed in a loop over the dictionary or by its Deconstruct: its key or its value.
        if (element.Parameter is null ? element.Source.Type is { } collection && TypeContents.EnumeratesPairs(collection)
            : element.Parameter.ContainingType is { Name: "KeyValuePair", Arity: 2 } pair && !PiiFlow.IsDeclaredInSource(pair))
        {
            VisitExpanded(element.Source, witness, element.Index == 0 ? ValuePart.Key : ValuePart.Value);
            return;
        }

        if (element.Parameter is null)
        {
            VisitExpanded(element.Source, witness, ValuePart.Element(element.Index));
            return;
        }

        var method = (IMethodSymbol)element.Parameter.ContainingSymbol;
        if (method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true } record)
        {
            foreach (var member in record.GetMembers(element.Parameter.Name))
            {
                if (member is IPropertySymbol property && _flow.GetPii(property) is { } pii)
                {
                    Add(witness, property, pii, null);
                }
            }
        }
        else if (!method.DeclaringSyntaxReferences.IsEmpty)
        {
            foreach (var (source, pii, whole) in SyntacticSummary.SourcesWrittenTo(element.Parameter, _flow))
            {
                Add(witness, source, pii, whole);
            }
        }
        else
        {
            VisitExpanded(element.Source, witness);
        }
    }

    /// <summary>
    /// Leaves the queried expression through <paramref name="witness"/> into a stored value, once per (value, witness)
    /// in the query: a local stored from itself (<c>s = s + x</c>) ends there, and locals feeding each other in a
    /// loop are expanded once each, not once per path.
    /// </summary>
    private void VisitExpanded(IOperation value, IOperation witness, ValuePart part = default)
    {
        if ((_expanded ??= new HashSet<(IOperation, IOperation, bool, ValuePart)>(ExpansionComparer.Instance)).Add((value, witness, _insideClosed, part)))
        {
            VisitPart(value, witness, part);
        }
    }

    private void VisitBinary(IBinaryOperation binary, IOperation? witness)
    {
        if (binary.Type?.SpecialType == SpecialType.System_Boolean)
        {
            return;
        }

        // a + b + c + ... nests to the left: walk that spine in a loop, not by recursion.
        IOperation current = binary;
        while (current is IBinaryOperation { Type.SpecialType: not SpecialType.System_Boolean } link)
        {
            // A ratio to a figure (deposits * 12 / salary) does not give the figure back without what was divided, which
            // it carries; one over a constant (1 / salary) does.
            if (!IsRatio(link))
            {
                Visit(link.RightOperand, witness);
            }

            current = link.LeftOperand;
        }

        Visit(current, witness);
    }

    /// <summary>A division of a value the code computes (not a constant) by another.</summary>
    private static bool IsRatio(IBinaryOperation link) =>
        link.OperatorKind == BinaryOperatorKind.Divide && !OperationShapes.WithoutConversions(link.LeftOperand).ConstantValue.HasValue;

    private void VisitInvocation(IInvocationOperation invocation, IOperation? witness)
    {
        var method = invocation.TargetMethod;
        if (_flow.IsSanitizer(method) || PiiFlow.IsAnswer(invocation.Type) || ShortFragments.IsShort(invocation) || MaskedText.Masks(invocation)
            || VisitCoarsened(invocation, witness))
        {
            return;
        }

        if (_flow.GetPii(method) is { } returned)
        {
            Add(witness ?? invocation, method, returned, null);
        }

        // A signed-in user's claim read by its type (User.FindFirst(ClaimTypes.Email)) or baggage by its key, under inference.
        if (_flow.GetKeyedCall(invocation) is ({ } carried, var source, var key))
        {
            Add(witness ?? invocation, method, carried, null, DataNames.OfKeyedCall(source, key));
            return;
        }

        // A JSON document's value by a constant path or name holds what that names, nothing else of the document.
        if (FrameworkSources.IsJsonKeyedCall(invocation))
        {
            return;
        }

        // A call through a delegate member of another file initialized with a lambda: what the lambda returns of its arguments.
        if (StoredDelegates.InvokedMember(invocation) is { } invoked && _flow.Summaries.OfStoredLambda(invoked.Member, invocation) is { } stored)
        {
            VisitSummarizedCall(stored, invocation, witness);
            return;
        }

        // A call through a local delegate given only lambdas (Func<Customer, string> reference = c => c.CustomerNumber): what
        // each returns of the arguments, not the arguments whole.
        if (StoredDelegates.InvokedLocal(invocation) is { } invokedLocal && StoredDelegates.LambdasOf(invokedLocal) is { } lambdas)
        {
            foreach (var lambda in lambdas)
            {
                if (_flow.Summaries.Get(lambda, invocation, SummariesInProgress) is { } given)
                {
                    VisitSummarizedCall(given, invocation, witness);
                }
            }

            return;
        }

        if (_flow.Summaries.Get(method, invocation, SummariesInProgress) is { } summary)
        {
            VisitSummarizedCall(summary, invocation, witness);
            return;
        }

        VisitLibraryCall(invocation, witness, skipped: null);
    }

    /// <summary>The validation call a verdict comes from (<c>var result = await validator.ValidateAsync(request)</c>), or null.</summary>
    private static IInvocationOperation? VerdictCall(IOperation? value, int depth)
    {
        switch (value is null || depth > 3 ? null : OperationShapes.WithoutConversions(value))
        {
            case IAwaitOperation awaited:
                return VerdictCall(awaited.Operation, depth + 1);
            case IInvocationOperation call when PiiFlow.IsVerdict(call.Type):
                return call;
            case ILocalReferenceOperation local:
                foreach (var stored in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
                {
                    if (VerdictCall(stored, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>What a call's summary says it returns: its own sources, and what each argument gives the result.</summary>
    private void VisitSummarizedCall(MethodSummary summary, IInvocationOperation invocation, IOperation? witness)
    {
        AddSummary(summary, invocation, witness);
        foreach (var argument in invocation.Arguments)
        {
            VisitArgument(summary, argument.Value, argument.Parameter, witness);
        }
    }

    /// <summary>
    /// A conversion carries its operand; a user-defined one of the compilation is a call to its operator
    /// (<c>string text = courier.Phone</c> with <c>implicit operator string(PhoneNumber p) =&gt; p.Value</c>), read by its summary.
    /// </summary>
    private void VisitConversion(IConversionOperation conversion, IOperation? witness)
    {
        var method = conversion.OperatorMethod;
        if (method is not null && (_flow.IsSanitizer(method) || PiiFlow.IsAnswer(conversion.Type)) || VisitCoarsened(conversion, witness))
        {
            return;
        }

        if (method is null || _flow.Summaries.Get(method, conversion, SummariesInProgress) is not { } summary)
        {
            Visit(conversion.Operand, witness);
            return;
        }

        AddSummary(summary, conversion, witness);
        VisitArgument(summary, conversion.Operand, method.Parameters[0], witness);
    }

    /// <summary>
    /// True when a call the engine has no model for returns no part of an input: a number computed from no number, a
    /// <c>Guid</c> from no <c>Guid</c> (a record's key looked up by an e-mail is no e-mail).
    /// </summary>
    private static bool CallCuts(ITypeSymbol? result, ITypeSymbol? input) =>
        PiiFlow.CutsTaint(result, input) || PiiFlow.IsGuid(result) && !PiiFlow.IsGuid(input);

    /// <summary>
    /// A call the engine has no model for carries what flows into it (receiver and arguments, but not one its generic
    /// signature drops, see <see cref="SignatureFlow"/>); its result's type cuts that: a yes/no answer is clean, and so is
    /// a number computed from text or collections (IndexOf, Count). <paramref name="skipped"/>: a parameter whose argument
    /// the read part does not take (a key selector when values are read).
    /// </summary>
    private void VisitLibraryCall(IInvocationOperation invocation, IOperation? witness, IParameterSymbol? skipped)
    {
        // A task's result is what is cut by type: `await CountAsync(…)` is a number, `await AnyAsync()` an answer.
        var result = invocation.Type is null ? null : PiiNameHeuristics.Awaited(invocation.Type);
        if (result is null || result.SpecialType == SpecialType.System_Void || PiiFlow.IsAnswer(result) || PiiFlow.IsReply(result))
        {
            return;
        }

        // A validation's verdict holds the value only where a validator's message repeats it.
        if (PiiFlow.IsVerdict(result))
        {
            foreach (var member in _flow.EchoedByVerdict(invocation))
            {
                if (_flow.GetPii(member) is { } echoed)
                {
                    Add(witness ?? invocation, member, echoed, null);
                }
            }

            return;
        }

        IOperation? serialized = null;
        if (SerializedText.ReaderOf(invocation.TargetMethod) is { } serializer && SerializedText.ValueOf(invocation) is { } written)
        {
            // The text holds the object's members as the serializer writes them (with the application's converter, what
            // the converter writes), and nothing else of the object.
            serialized = written;
            foreach (var hit in _flow.GetTaintIncludingWholeObjects(written, serializer).Hits)
            {
                Add(witness ?? hit.Witness, hit.Source, hit.Pii, hit.WholeObject, hit.Named);
            }
        }

        if (invocation.Instance is { } receiver && !CallCuts(result, receiver.Type))
        {
            Visit(receiver, witness);
        }

        var method = invocation.TargetMethod;
        var parses = ParsesText(method);
        var receiverVisited = true;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind == RefKind.Out || (!parses && CallCuts(result, argument.Value.Type))
                || SymbolEqualityComparer.Default.Equals(argument.Parameter, skipped) || argument.Value == serialized)
            {
                continue;
            }

            var isReceiver = method.IsExtensionMethod && argument.Parameter?.Ordinal == 0;
            if (SignatureFlow.IsDropped(method, argument.Parameter, isReceiver))
            {
                receiverVisited &= !isReceiver;
                continue;
            }

            if (LambdaOf(argument.Value) is not { } lambda)
            {
                Visit(argument.Value, witness);
            }
            else if (receiverVisited)
            {
                VisitReturnedValues(lambda, witness);
            }
            else
            {
                // The source was not visited with the call: the lambda's parameters lead back to it, and it is the
                // witness (the call's own expression), as it would have been had the call visited it.
                var dropped = (_lambdasWithDroppedSource ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)).Add(lambda.Symbol);
                foreach (var value in MethodSummaries.ReturnedValuesOf(lambda))
                {
                    Visit(value, witness);
                }

                if (dropped)
                {
                    _lambdasWithDroppedSource.Remove(lambda.Symbol);
                }
            }
        }
    }

    /// <summary>
    /// A number read from text (<c>decimal.Parse(salary)</c>, <c>Convert.ToInt64(phone)</c>) is the number the text
    /// wrote, not one computed from it like a length or a position.
    /// </summary>
    private static bool ParsesText(IMethodSymbol method) =>
        method.IsStatic && (method.Name == "Parse" && PiiFlow.IsNumber(method.ContainingType)
            || method.Name.StartsWith("To", System.StringComparison.Ordinal) && SymbolNames.Is(method.ContainingType, "System.Convert"));

    /// <summary>What a lambda returns; its parameters need no detour to a source collection here (the caller visits that).</summary>
    private void VisitReturnedValues(IAnonymousFunctionOperation lambda, IOperation? witness)
    {
        var entered = (_lambdasEnteredFromCall ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)).Add(lambda.Symbol);
        foreach (var value in MethodSummaries.ReturnedValuesOf(lambda))
        {
            Visit(value, witness);
        }

        if (entered)
        {
            _lambdasEnteredFromCall!.Remove(lambda.Symbol);
        }
    }

    /// <summary>
    /// What a call writes into its <c>out</c>/<c>ref</c> arguments: a method of the compilation by its summary (which
    /// includes those writes); a library call by its receiver and other arguments, cut by type (<c>int.TryParse</c>).
    /// </summary>
    private void VisitWrittenThrough(IInvocationOperation call, IOperation? witness)
    {
        if (_flow.IsSanitizer(call.TargetMethod))
        {
            return;
        }

        // What a visitor sent or a document holds under a key named like personal data (Request.Query.TryGetValue("email", out
        // var v), element.TryGetProperty("email", out var e)).
        if (call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
            && _flow.GetLookedUpValue(call, key) is var (sent, source))
        {
            Add(witness ?? call, call.TargetMethod, sent, null, DataNames.OfKeyedCall(source, key));
            return;
        }

        if (FrameworkSources.IsJsonLookUp(call))
        {
            return;
        }

        if (_flow.Summaries.Get(call.TargetMethod, call, SummariesInProgress) is { } summary)
        {
            AddSummary(summary, call, witness);
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.RefKind != RefKind.Out)
                {
                    VisitArgument(summary, argument.Value, argument.Parameter, witness);
                }
            }

            return;
        }

        // The receiver path (dictionary.TryGetValue) is stored separately; here the arguments that are read.
        var written = OutType(call);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.None or RefKind.In && !PiiFlow.CutsTaint(written, argument.Value.Type))
            {
                Visit(argument.Value, witness);
            }
        }
    }

    private static ITypeSymbol? OutType(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
            {
                return argument.Parameter.Type;
            }
        }

        return null;
    }

    private void VisitCreation(IObjectCreationOperation creation, IOperation? witness)
    {
        // A value carries what it is made of (strings, builders, collections, tasks, the compilation's own types);
        // exceptions and URIs are sinks with rules of their own, not carriers.
        var type = creation.Type;
        if (type is null || PiiFlow.IsAnswer(type) || SymbolNames.IsOrDerivesFrom(type, "System.Exception") || SymbolNames.Is(type, "System.Uri"))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            Visit(argument.Value, witness);
        }

        Visit(creation.Initializer, witness);
    }

    /// <summary>
    /// The source collection of a lambda passed to a call: <c>emails</c> in <c>emails.Select(e =&gt; e.Trim())</c>; null for a
    /// parameter the call's signature gives none of its items (the accumulator of <c>Aggregate</c>, an index).
    /// </summary>
        private static IOperation? LambdaSource(IOperation reference, IMethodSymbol lambda)
    {
        for (var current = reference.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                var argument = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
                while (argument is IConversionOperation)
                {
                    argument = argument.Parent;
                }

                if (argument is IArgumentOperation { Parent: IInvocationOperation call } passed
                    && (passed.Parameter is null || reference is not IParameterReferenceOperation { Parameter: var read }
                        || SignatureFlow.MayTakeReceiverItems(call.TargetMethod, passed.Parameter, read.Ordinal)))
                {
                    return SinkSet.Receiver(call) is { } receiver && receiver.Syntax != argument.Syntax ? receiver : null;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The value a <c>?.</c> tested: <c>users</c> in <c>users?[0]</c>.</summary>
    /// <remarks>
    /// The instance stands in the access's <c>WhenNotNull</c> part, whose syntax starts after the <c>?</c>: the nearest access
    /// reached from that part is the one tested (the instance's own syntax is the tested expression's, outside that part).
    /// </remarks>
    private static IOperation? AccessedValue(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, child))
            {
                return access.Operation;
            }
        }

        return null;
    }

    private void AddSummary(MethodSummary summary, IOperation call, IOperation? witness)
    {
        foreach (var (source, pii, whole) in summary.Sources)
        {
            Add(witness ?? call, source, pii, whole);
        }
    }

    /// <summary>
    /// A number rounded to a region's precision or an address's first word (<see cref="CoarsenedPlaces"/>): what the value
    /// carries, less the places it held. True when <paramref name="operation"/> coarsens so.
    /// </summary>
    private bool VisitCoarsened(IOperation operation, IOperation? witness)
    {
        if (CoarsenedPlaces.IsAngle(operation))
        {
            foreach (var argument in ((IInvocationOperation)operation).Arguments)
            {
                VisitLessKind(argument.Value, witness, CoarsenedPlaces.Kind);
            }

            return true;
        }

        if (CoarsenedPlaces.Coarsened(operation) is not var (coarsened, kind))
        {
            return false;
        }

        VisitLessKind(coarsened, witness, kind);
        return true;
    }

    /// <summary>What an argument gives a summarized call's result: all of it, the part of it that survives coarsening, or nothing.</summary>
    private void VisitArgument(MethodSummary summary, IOperation value, IParameterSymbol? parameter, IOperation? witness)
    {
        if (!summary.Flows(parameter))
        {
            return;
        }

        if (summary.DroppedKind(parameter) is { } dropped)
        {
            VisitLessKind(value, witness, dropped);
        }
        else
        {
            Visit(value, witness);
        }
    }

    /// <summary>What <paramref name="value"/> carries, less data of <paramref name="kind"/>, which coarsening has dropped.</summary>
    private void VisitLessKind(IOperation value, IOperation? witness, string kind)
    {
        var before = _hits.Count;
        var outer = _coarsening;
        _coarsening = kind;
        try
        {
            Visit(value, witness);
        }
        finally
        {
            _coarsening = outer;
        }

        DropHitsSince(before, hit => hit.Pii.Kind == kind);
    }

    /// <summary>
    /// What a switch expression gives: its arms' values, and a special category it tells apart (<c>v.VotingIntention
    /// switch { "Yes" => Support.Strong, … }</c>): a label per answer is the answer. Other data only chooses among the arms.
    /// </summary>
    private void VisitSwitchExpression(ISwitchExpressionOperation switchExpression, IOperation? witness)
    {
        var before = _hits.Count;
        Visit(switchExpression.Value, witness);
        DropHitsSince(before, hit => hit.Pii.Category != PiiCategory.Sensitive || hit.WholeObject is not null);
        foreach (var arm in switchExpression.Arms)
        {
            Visit(arm.Value, witness);
        }
    }

    /// <summary>Forgets the hits found since the <paramref name="before"/>th that <paramref name="drop"/> says carry nothing here.</summary>
    private void DropHitsSince(int before, System.Func<TaintHit, bool> drop)
    {
        for (var i = _hits.Count - 1; i >= before; i--)
        {
            if (drop(_hits[i]))
            {
                _reported?.Remove((_hits[i].Witness, _hits[i].Source));
                _hits.RemoveAt(i);
            }
        }
    }

    private void Add(IOperation witness, ISymbol source, PiiInfo pii, ITypeSymbol? wholeObject, string? named = null)
    {
        if ((_reported ??= new HashSet<(IOperation Witness, ISymbol Source)>(HitComparer.Instance)).Add((witness, source)))
        {
            _hits.Add(new TaintHit(witness, source, pii, wholeObject, named));
        }
    }

    private static IAnonymousFunctionOperation? LambdaOf(IOperation argument) => OperationShapes.LambdaOf(argument);

    private static IOperation Unwrap(IOperation operation) => OperationShapes.WithoutConversions(operation);

    private sealed class ExpansionComparer : IEqualityComparer<(IOperation Value, IOperation Witness, bool InsideClosed, ValuePart Part)>
    {
        public static readonly ExpansionComparer Instance = new();

        public bool Equals((IOperation Value, IOperation Witness, bool InsideClosed, ValuePart Part) x, (IOperation Value, IOperation Witness, bool InsideClosed, ValuePart Part) y) =>
            ReferenceEquals(x.Value, y.Value) && ReferenceEquals(x.Witness, y.Witness) && x.InsideClosed == y.InsideClosed && x.Part == y.Part;

        // By place, not identity: an object's first identity hash takes the runtime's slow path, and most operations a walk
        // expands are hashed only once. Operations sharing a place (a conversion and its operand) differ by Equals.
        public int GetHashCode((IOperation Value, IOperation Witness, bool InsideClosed, ValuePart Part) obj) =>
            (obj.Value.Syntax.SpanStart * 31) ^ (obj.Witness.Syntax.SpanStart * 7) ^ (obj.InsideClosed ? 1 : 0);
    }

    private sealed class HitComparer : IEqualityComparer<(IOperation Witness, ISymbol Source)>
    {
        public static readonly HitComparer Instance = new();

        public bool Equals((IOperation Witness, ISymbol Source) x, (IOperation Witness, ISymbol Source) y) =>
            ReferenceEquals(x.Witness, y.Witness) && SymbolEqualityComparer.Default.Equals(x.Source, y.Source);

        // By place, as expansions are (see ExpansionComparer).
        public int GetHashCode((IOperation Witness, ISymbol Source) obj) =>
            (obj.Witness.Syntax.SpanStart * 31) ^ SymbolEqualityComparer.Default.GetHashCode(obj.Source);
    }
}
