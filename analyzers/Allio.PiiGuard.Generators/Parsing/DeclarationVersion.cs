using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Which declarations a compilation binds, as an identity: two compilations share one <see cref="Token"/> when they
/// have the same options, references and assembly name and the same files in the same order, each file either the very
/// same tree or one that differs only inside method bodies (<see cref="DeclarationShape"/>). The IDE makes a new
/// compilation on every keystroke; a keystroke in a method body keeps the token, so what was read from the declarations
/// of the previous compilation still holds (<see cref="ParseCache"/>).
/// </summary>
internal sealed class DeclarationVersion
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationVersion> ByCompilation = new();

    /// <summary>The newest version each tree was seen in: how a compilation finds the one it was forked from.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, Latest> ByTree = new();

    private readonly ImmutableArray<SyntaxTree> trees;
    /// <summary>Weak: a project reference holds the referenced project's compilation, which must not outlive its use.</summary>
    private readonly ImmutableArray<WeakReference<MetadataReference>> references;
    private readonly CompilationOptions options;
    private readonly string? assemblyName;

    private DeclarationVersion(Compilation compilation, object token)
    {
        trees = ImmutableArray.CreateRange(compilation.SyntaxTrees);
        references = compilation.References.Select(static reference => new WeakReference<MetadataReference>(reference)).ToImmutableArray();
        options = compilation.Options;
        assemblyName = compilation.AssemblyName;
        Token = token;
    }

    /// <summary>Shared by every compilation whose declarations bind alike; compared by reference.</summary>
    public object Token { get; }

    public static object Of(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ByCompilation.TryGetValue(compilation, out var known))
        {
            return known.Token;
        }

        var previous = Previous(compilation);
        var version = new DeclarationVersion(
            compilation, previous is not null && previous.BindsAlike(compilation, cancellationToken) ? previous.Token : new object());
        foreach (var tree in version.trees)
        {
            ByTree.GetValue(tree, static _ => new Latest()).Version = version;
        }

        // A racing thread may have stored its own version; either is right, the first one wins.
        return ByCompilation.GetValue(compilation, _ => version).Token;
    }

    private static DeclarationVersion? Previous(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (ByTree.TryGetValue(tree, out var latest) && latest.Version is { } version)
            {
                return version;
            }
        }

        return null;
    }

    private bool BindsAlike(Compilation compilation, CancellationToken cancellationToken)
    {
        if (assemblyName != compilation.AssemblyName || !options.Equals(compilation.Options) || !SameReferences(compilation.References))
        {
            return false;
        }

        var index = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (index == trees.Length || !SameDeclarations(trees[index++], tree, cancellationToken))
            {
                return false;
            }
        }

        return index == trees.Length;
    }

    private bool SameReferences(IEnumerable<MetadataReference> others)
    {
        var index = 0;
        foreach (var reference in others)
        {
            if (index == references.Length || !references[index++].TryGetTarget(out var known) || !ReferenceEquals(known, reference))
            {
                return false;
            }
        }

        return index == references.Length;
    }

    private static bool SameDeclarations(SyntaxTree before, SyntaxTree after, CancellationToken cancellationToken)
        => ReferenceEquals(before, after)
            || (before.FilePath == after.FilePath
                && before.Options.Equals(after.Options)
                && DeclarationShape.Matches(before.GetRoot(cancellationToken), after.GetRoot(cancellationToken), cancellationToken));

    private sealed class Latest
    {
        public volatile DeclarationVersion? Version;
    }
}
