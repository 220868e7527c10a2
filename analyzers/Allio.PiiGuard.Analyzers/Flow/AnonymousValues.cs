using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The values an anonymous type's property is given by the creations of that type in the method that reads it: the rows of
/// <c>Select(a => new { a.Id, a.GivenName })</c> hold in <c>r.Id</c> what <c>a.Id</c> held, not the whole row. An anonymous
/// type is the compilation's own and its values are made only where it is written, so a read finds its values there; a
/// value that came from another method finds none, and the read keeps what the whole object carries.
/// </summary>
internal static class AnonymousValues
{
    /// <summary>The anonymous creations of each method body, found once per body.</summary>
    private static readonly ConditionalWeakTable<IOperation, List<IAnonymousObjectCreationOperation>> CreationsByBody = new();

    /// <summary>The values the method's creations of the property's anonymous type give it; empty when none is there.</summary>
    public static List<IOperation> Of(IPropertyReferenceOperation read)
    {
        var values = new List<IOperation>();
        var property = read.Property;
        foreach (var creation in CreationsByBody.GetValue(BodyOf(read), Creations))
        {
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, property.ContainingType))
            {
                continue;
            }

            foreach (var initializer in creation.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property, property))
                {
                    values.Add(assignment.Value);
                }
            }
        }

        return values;
    }

    private static IOperation BodyOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static List<IAnonymousObjectCreationOperation> Creations(IOperation body)
    {
        var creations = new List<IAnonymousObjectCreationOperation>();
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IAnonymousObjectCreationOperation creation)
            {
                creations.Add(creation);
            }
        }

        return creations;
    }
}
