using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The rows of one sink kind whose types exist in a compilation, indexed by member name so that
/// the common case (a call that is no sink) costs one dictionary miss.
/// </summary>
internal sealed class SinkSet
{
    private readonly Dictionary<string, List<SinkRow>> _calls = new();
    private readonly Dictionary<string, List<SinkRow>> _assignments = new();
    private readonly List<SinkRow> _constructions = new();

    private SinkSet()
    {
    }

    public bool HasCalls => _calls.Count > 0;

    public bool HasConstructions => _constructions.Count > 0;

    public bool HasAssignments => _assignments.Count > 0;

    /// <summary>The sinks of <paramref name="kind"/> present in the compilation, or null when none is (register nothing then).</summary>
    public static SinkSet? Resolve(Compilation compilation, SinkKind kind)
    {
        var set = new SinkSet();
        var any = false;
        foreach (var row in SinkTable.Rows)
        {
            if (row.Kind != kind || compilation.GetTypesByMetadataName(row.TypeName).IsEmpty)
            {
                continue;
            }

            any = true;
            switch (row.Shape)
            {
                case SinkShape.Construction:
                    set._constructions.Add(row);
                    break;
                case SinkShape.Call:
                    Index(set._calls, row);
                    break;
                case SinkShape.Assignment:
                    Index(set._assignments, row);
                    break;
            }
        }

        return any ? set : null;
    }

    public SinkMatch? MatchCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!_calls.TryGetValue(method.Name, out var rows))
        {
            return null;
        }

        var receiver = Receiver(invocation);
        foreach (var row in rows)
        {
            if ((TypeMatching.IsOrInherits(method.ContainingType, row.TypeName) || TypeMatching.IsOrInherits(receiver?.Type, row.TypeName))
                && ReceiverAllowed(row, receiver))
            {
                return new SinkMatch(row, row.Display + "." + method.Name);
            }
        }

        return null;
    }

    public SinkMatch? MatchConstruction(IObjectCreationOperation creation)
    {
        foreach (var row in _constructions)
        {
            if (creation.Type is { } type && SymbolNames.IsOrDerivesFrom(type, row.TypeName))
            {
                return new SinkMatch(row, "new " + type.Name);
            }
        }

        return null;
    }

    /// <summary>Matches <c>target = value</c> where the target is a property or indexer of a sink type.</summary>
    public SinkMatch? MatchAssignment(IPropertyReferenceOperation target)
    {
        var property = target.Property;
        var name = property.IsIndexer ? SinkRow.Indexer : property.Name;
        var ownerType = target.Instance is { } instance ? WithoutConversions(instance).Type : property.ContainingType;
        foreach (var key in new[] { name, SinkRow.AnyMember })
        {
            if (!_assignments.TryGetValue(key, out var rows))
            {
                continue;
            }

            foreach (var row in rows)
            {
                if ((TypeMatching.IsOrInherits(ownerType, row.TypeName) || TypeMatching.IsOrInherits(property.ContainingType, row.TypeName))
                    && ReceiverAllowed(row, target.Instance is { } owner ? WithoutConversions(owner) : null))
                {
                    return new SinkMatch(row, row.Display + (property.IsIndexer ? "[...]" : "." + property.Name));
                }
            }
        }

        return null;
    }

    /// <summary>The values a matched call or construction writes out, <c>params</c> arrays expanded.</summary>
    public static IEnumerable<SinkValue> ValuesOf(SinkRow row, ImmutableArray<IArgumentOperation> arguments)
    {
        var first = true;
        foreach (var argument in arguments)
        {
            var skip = row.Arguments switch
            {
                SinkArguments.AllButFirst => first,
                SinkArguments.Named => argument.Parameter is null || !row.Parameters.Contains(argument.Parameter.Name),
                _ => false,
            };
            first = false;
            if (skip || argument.Parameter?.RefKind == RefKind.Out)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                for (var i = 0; i < initializer.ElementValues.Length; i++)
                {
                    yield return new SinkValue(initializer.ElementValues[i], argument, i);
                }
            }
            else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                yield return new SinkValue(argument.Value, argument, -1);
            }
        }
    }

    /// <summary>The receiver of a call: the instance, or the <c>this</c> argument of an extension method.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return WithoutConversions(instance);
        }

        return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? WithoutConversions(invocation.Arguments[0].Value)
            : null;
    }

    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool ReceiverAllowed(SinkRow row, IOperation? receiver)
    {
        if (row.Receivers.IsDefaultOrEmpty)
        {
            return true;
        }

        var member = receiver switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        foreach (var allowed in row.Receivers)
        {
            if (SymbolNames.Is(member, allowed))
            {
                return true;
            }
        }

        return false;
    }

    private static void Index(Dictionary<string, List<SinkRow>> index, SinkRow row)
    {
        foreach (var member in row.Members)
        {
            if (!index.TryGetValue(member, out var rows))
            {
                index[member] = rows = new List<SinkRow>();
            }

            rows.Add(row);
        }
    }
}
