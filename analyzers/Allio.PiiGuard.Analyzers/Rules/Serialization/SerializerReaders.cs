using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// Which <see cref="MemberReader"/> a serializer sink is: System.Text.Json (and ASP.NET Core, which writes with it) skips
/// public fields unless its options include them (<c>new JsonSerializerOptions { IncludeFields = true }</c>, a source-generated
/// context marked <c>[JsonSourceGenerationOptions(IncludeFields = true)]</c>), or come from where they cannot be seen
/// (a parameter, a method's result, a library member): recall first; the other serializers write them, and Newtonsoft.Json
/// and the DataContract serializers honour a <c>[DataContract]</c> type's opt-in. ASP.NET Core's
/// results and endpoint responses given no options of their own write with the application's, which may be configured
/// to include fields (see <see cref="IncludeFieldsSettings"/>).
/// One per compilation: it caches what options fields and properties hold.
/// </summary>
internal sealed class SerializerReaders
{
    private const string OptionsAttribute = "System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute";
    private const string AspNetCore = "Microsoft.AspNetCore.";

    private readonly PiiFlow _flow;
    private readonly IncludeFieldsSettings _settings;
    private readonly OptionsMembers _members;

    public SerializerReaders(PiiFlow flow)
    {
        _flow = flow;
        _settings = new IncludeFieldsSettings(flow.Compilation);
        _members = new OptionsMembers(_settings);
    }

    /// <summary>
    /// How an endpoint response is read: with the application's options — MVC's for what a controller action returns, the
    /// minimal APIs' for what a handler lambda returns — looked for only when the value carries personal data.
    /// </summary>
    public MemberReader OfResponse(IReturnOperation returned)
    {
        if (returned.ReturnedValue is not { } value || !_flow.CarriesData(value))
        {
            return MemberReader.Responses;
        }

        var handler = false;
        for (var parent = returned.Parent; parent is not null && !handler; parent = parent.Parent)
        {
            handler = parent is IAnonymousFunctionOperation;
        }

        return (handler ? _settings.Http : _settings.Mvc) ? MemberReader.Serializer : MemberReader.Responses;
    }

    public MemberReader Of(SinkRow row, ImmutableArray<IArgumentOperation> arguments)
    {
        var library = MemberReader.OfLibrary(row.TypeName);
        if (library == MemberReader.ContractAware || library == MemberReader.Csv)
        {
            return library;
        }

        if (library == MemberReader.Serializer || IncludesFields(arguments))
        {
            return MemberReader.Serializer;
        }

        return library == MemberReader.Responses && !HasOwnOptions(arguments) && CarriesData(arguments)
            && (row.TypeName.StartsWith(AspNetCore + "Mvc.", System.StringComparison.Ordinal) ? _settings.Mvc : _settings.Http)
            ? MemberReader.Serializer
            : library;
    }

    /// <summary>Whether a value the call writes carries personal data: the application's options are looked for only then.</summary>
    private bool CarriesData(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (_flow.CarriesData(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Options passed to the call itself, which replace the application's.</summary>
    private static bool HasOwnOptions(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Type is { } type
                && SymbolNames.Is(type, "System.Text.Json.JsonSerializerOptions") && argument.Value.ConstantValue is not { HasValue: true, Value: null })
            {
                return true;
            }
        }

        return false;
    }

    private bool IncludesFields(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type is { } type && SymbolNames.Is(type, "System.Text.Json.JsonSerializerOptions") && OptionsInclude(argument.Value)
                || ContextIncludes(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Options that may include fields: built with <c>IncludeFields = true</c> (here, in a local of the block, or set later
    /// with <c>options.IncludeFields = true</c>), kept in a member that holds such options, or from where they cannot be seen.
    /// Not when left out, <c>null</c>, or built without it.
    /// </summary>
    private bool OptionsInclude(IOperation value)
    {
        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        switch (unwrapped)
        {
            case IDefaultValueOperation:
            case ILiteralOperation:
                return false;
            case IObjectCreationOperation creation:
                if (creation.Initializer is { } initializer && SetsIncludeFields(initializer))
                {
                    return true;
                }

                // new JsonSerializerOptions(other) copies other's settings.
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Value.Type is { } type && SymbolNames.Is(type, "System.Text.Json.JsonSerializerOptions") && OptionsInclude(argument.Value))
                    {
                        return true;
                    }
                }

                return false;
            case IFieldReferenceOperation field:
                return _members.MayIncludeFields(field.Field);
            case IPropertyReferenceOperation property:
                return _members.MayIncludeFields(property.Property);
            case ILocalReferenceOperation local:
                return LocalIncludes(local);
            default:
                // A parameter, a method's result: options set up elsewhere.
                return true;
        }
    }

    private bool LocalIncludes(ILocalReferenceOperation local)
    {
        foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
        {
            if (OptionsInclude(stored))
            {
                return true;
            }
        }

        // options.IncludeFields = true; anywhere in the block.
        var root = (IOperation)local;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: IncludeFieldsSettings.IncludeFields, Instance: ILocalReferenceOperation owner } } assignment
                && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local) && IsTrue(assignment.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsIncludeFields(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: IncludeFieldsSettings.IncludeFields } } assignment && IsTrue(assignment.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source-generated type info or context (<c>AppJson.Default.User</c>) whose context asks for fields.</summary>
    private static bool ContextIncludes(IOperation value)
    {
        for (var current = value; current is not null; current = current is IMemberReferenceOperation member ? member.Instance : (current as IConversionOperation)?.Operand)
        {
            for (var type = current.Type as INamedTypeSymbol; type is not null; type = type.BaseType)
            {
                if (HasIncludeFields(type))
                {
                    return true;
                }
            }

            if (current is IMemberReferenceOperation { Member.ContainingType: { } owner } && HasIncludeFields(owner))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasIncludeFields(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, OptionsAttribute))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == IncludeFieldsSettings.IncludeFields && named.Value.Value is true)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsTrue(IOperation value) => value.ConstantValue is { HasValue: true, Value: true };
}
