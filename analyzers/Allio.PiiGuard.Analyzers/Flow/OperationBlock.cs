using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Everything kept about one operation block, under one weak entry: its local definitions and the answers rules share
/// about its operations. Every weak entry is a handle the garbage collector traces and each addition takes the table's
/// lock, so a block has one entry, not one per kind of answer.
/// </summary>
internal sealed class OperationBlock
{
    private static readonly ConditionalWeakTable<IOperation, OperationBlock> Blocks = new();

    private readonly IOperation _root;
    private LocalDefinitions? _definitions;

    // Per owner (a compilation's engine, its transfer finder): rarely more than two, so a list read without a lock.
    private KeyValuePair<object, object>[] _answers = [];

    private OperationBlock(IOperation root) => _root = root;

    /// <summary>The block <paramref name="operation"/> belongs to, created on first use.</summary>
    public static OperationBlock Of(IOperation operation) => Blocks.GetValue(RootOf(operation), static root => new OperationBlock(root));

    /// <summary>The block's local definitions, built on first use (two threads may both build them; either result is the same).</summary>
    public LocalDefinitions Definitions
    {
        get
        {
            if (Volatile.Read(ref _definitions) is { } definitions)
            {
                return definitions;
            }

            Interlocked.CompareExchange(ref _definitions, new LocalDefinitions(_root), null);
            return _definitions!;
        }
    }

    /// <summary>The answers <paramref name="owner"/> keeps about this block's operations: one kind of answer per owner.</summary>
    public ConcurrentDictionary<IOperation, T> Answers<T>(object owner)
    {
        while (true)
        {
            var known = Volatile.Read(ref _answers);
            foreach (var pair in known)
            {
                if (ReferenceEquals(pair.Key, owner))
                {
                    return (ConcurrentDictionary<IOperation, T>)pair.Value;
                }
            }

            var answers = new ConcurrentDictionary<IOperation, T>();
            var added = new KeyValuePair<object, object>[known.Length + 1];
            known.CopyTo(added, 0);
            added[known.Length] = new KeyValuePair<object, object>(owner, answers);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _answers, added, known), known))
            {
                return answers;
            }
        }
    }

    /// <summary>The root of the operation tree <paramref name="operation"/> belongs to: its block.</summary>
    private static IOperation RootOf(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }
}
