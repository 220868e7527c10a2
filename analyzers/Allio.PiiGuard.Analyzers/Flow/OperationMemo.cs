using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A result remembered per operation for the rules that ask the same question about it, kept with the operation's
/// block: one weak entry per operation block rather than one per operation, since every weak entry is a handle the
/// garbage collector has to trace and the table's lock guards each addition.
/// </summary>
internal sealed class OperationMemo<T>
{
    private readonly ConditionalWeakTable<IOperation, ConcurrentDictionary<IOperation, T>> _blocks = new();

    public bool TryGetValue(IOperation operation, out T value)
    {
        if (_blocks.TryGetValue(RootOf(operation), out var block))
        {
            return block.TryGetValue(operation, out value!);
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> unless another thread was first; returns the value kept.</summary>
    public T GetOrAdd(IOperation operation, T value) =>
        _blocks.GetValue(RootOf(operation), static _ => new ConcurrentDictionary<IOperation, T>()).GetOrAdd(operation, value);

    /// <summary>The root of the operation tree <paramref name="operation"/> belongs to: its block.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }
}
