using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline output by reflection and fails on anything that would keep a compilation alive
/// or defeat caching: symbols, syntax, semantic models, compilations, locations.
/// </summary>
internal static class ObjectGraph
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(Location),
    ];

    public static void AssertHoldsNoCompilerObjects(object? root, string path)
        => Walk(root, path, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? node, string path, HashSet<object> visited)
    {
        if (node is null)
        {
            return;
        }

        var type = node.GetType();
        foreach (var forbidden in Forbidden)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {forbidden.Name} ({type.Name})");
        }

        if (type.IsPrimitive || type.IsEnum || node is string || (!type.IsValueType && !visited.Add(node)))
        {
            return;
        }

        if (node is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (!field.IsDefined(typeof(CompilerGeneratedAttribute)) || field.Name.Contains("k__BackingField", StringComparison.Ordinal))
            {
                Walk(field.GetValue(node), $"{path}.{field.Name}", visited);
            }
        }
    }
}
