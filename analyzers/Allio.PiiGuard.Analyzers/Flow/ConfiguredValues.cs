using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Objects the application reads from its own configuration (<c>options.Value.Depot</c>, <c>_settings.Warehouse.Manager</c>):
/// a depot's address or an escalation contact there is the operator's, not a data subject's, whatever type holds it.
/// </summary>
internal static class ConfiguredValues
{
    /// <summary>How many steps back through members and locals a receiver is followed.</summary>
    private const int MaxDepth = 4;

    /// <summary>
    /// True when <paramref name="instance"/>, the object a member is read from, comes from configuration: a bound
    /// options value (<c>IOptions&lt;T&gt;.Value</c>, <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c>), a member of a settings type
    /// (<c>CompanyOptions.Depot</c>), or a local every reaching value of which is one of these.
    /// </summary>
    public static bool Holds(IOperation? instance, int depth = 0)
    {
        if (instance is null || depth > MaxDepth)
        {
            return false;
        }

        switch (OperationShapes.WithoutConversions(instance))
        {
            case IPropertyReferenceOperation { Property: var property } reference:
                return IsBoundOptions(property) || IsSettingsMember(property) || Holds(reference.Instance, depth + 1);
            case IFieldReferenceOperation { Field: var field } reference:
                return IsSettingsMember(field) || Holds(reference.Instance, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "Get", ContainingType: var owner } } when IsOptionsInterface(owner):
                return true;
            case ILocalReferenceOperation local:
                var values = LocalDefinitions.For(local).ReachingValuesOf(local.Local, local).ToList();
                return values.Count > 0 && values.All(value => Holds(value, depth + 1));
            default:
                return false;
        }
    }

    private static bool IsSettingsMember(ISymbol member) =>
        !member.IsStatic && member.ContainingType is { } owner && PiiNameHeuristics.IsApplicationSettingsType(owner);

    private static bool IsBoundOptions(IPropertySymbol property) =>
        property.Name is "Value" or "CurrentValue" && IsOptionsInterface(property.ContainingType);

    private static bool IsOptionsInterface(INamedTypeSymbol? type) =>
        type is { Name: "IOptions" or "IOptionsMonitor" or "IOptionsSnapshot", Arity: 1 }
        && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Options";
}
