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

    /// <summary>
    /// The answers kept for the block <paramref name="operation"/> belongs to, created on first use: a look-up and the
    /// addition after a miss then walk to the root and search the weak table once.
    /// </summary>
    public ConcurrentDictionary<IOperation, T> BlockOf(IOperation operation) =>
        _blocks.GetValue(RootOf(operation), static _ => new ConcurrentDictionary<IOperation, T>());

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
