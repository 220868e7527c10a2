using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Remembers what parsing from one syntax node gave, per <see cref="DeclarationVersion"/>. The generator's transforms
/// run for every mark on every new compilation; their results depend on the node and on what the compilation's
/// declarations bind to, never on method bodies. A node of an unchanged file is the same object in the next
/// compilation, so when the declarations still bind alike its earlier result is returned instead of parsing again.
/// A result whose diagnostics point into a file that has since changed (a body edit moves the spans after it) is
/// parsed again. Containers are found by name, not by node, so their results are kept per version.
/// </summary>
internal sealed class ParseCache
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> slots = new();

    /// <summary>Results by name, one table per declaration version (it goes when the version does).</summary>
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Entry>> byName = new();

    public ParseResult? GetOrParse<TState>(
        SyntaxNode node, Compilation compilation, TState state, Func<TState, CancellationToken, ParseResult?> parse, CancellationToken cancellationToken)
    {
        var version = DeclarationVersion.Of(compilation, cancellationToken);
        var slot = slots.GetValue(node, static _ => new Slot());
        if (slot.Entry is { } entry && ReferenceEquals(entry.Version, version) && entry.LocatesIn(compilation))
        {
            return entry.Result;
        }

        var result = parse(state, cancellationToken);
        slot.Entry = LocatedTrees(result, compilation) is { } trees ? new Entry(version, result, trees) : null;
        return result;
    }

    /// <summary>The same for a parse keyed by a name (a container's metadata name) rather than a node.</summary>
    public ParseResult? GetOrParse<TState>(
        string name, Compilation compilation, TState state, Func<TState, CancellationToken, ParseResult?> parse, CancellationToken cancellationToken)
    {
        var version = DeclarationVersion.Of(compilation, cancellationToken);
        var entries = byName.GetValue(version, static _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));
        if (entries.TryGetValue(name, out var entry) && entry.LocatesIn(compilation))
        {
            return entry.Result;
        }

        var result = parse(state, cancellationToken);
        if (LocatedTrees(result, compilation) is { } trees)
        {
            entries[name] = new Entry(version, result, trees);
        }

        return result;
    }

    /// <summary>The trees the result's diagnostics point into, or null when one is not in the compilation.</summary>
    private static SyntaxTree[]? LocatedTrees(ParseResult? result, Compilation compilation)
    {
        if (result is not { Diagnostics.IsEmpty: false } parsed)
        {
            return [];
        }

        var trees = new List<SyntaxTree>();
        foreach (var diagnostic in parsed.Diagnostics)
        {
            if (diagnostic.Location is not { } location)
            {
                continue;
            }

            var found = false;
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == location.FilePath)
                {
                    trees.Add(tree);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return [.. trees];
    }

    private sealed class Slot
    {
        public volatile Entry? Entry;
    }

    private sealed class Entry(object version, ParseResult? result, SyntaxTree[] trees)
    {
        public object Version { get; } = version;

        public ParseResult? Result { get; } = result;

        /// <summary>True when every file the diagnostics point into is still the same tree, so their spans hold.</summary>
        public bool LocatesIn(Compilation compilation)
        {
            foreach (var tree in trees)
            {
                if (!compilation.ContainsSyntaxTree(tree))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
