using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Whether two versions of a file declare exactly the same things: the same syntax, text and trivia everywhere except
/// inside the bodies of methods, constructors, destructors and operators. What a body says cannot change a type, a
/// member, an attribute or a location outside it, so a compilation that differs from another only there binds every
/// declaration the same. Property and event accessor bodies are compared in full (a body that uses <c>field</c>
/// gives its property a backing field), and so is a body holding a preprocessor directive (<c>#nullable</c> changes
/// the declarations after it).
/// </summary>
internal static class DeclarationShape
{
    public static bool Matches(SyntaxNode before, SyntaxNode after, CancellationToken cancellationToken)
    {
        using var left = Walk(before).GetEnumerator();
        using var right = Walk(after).GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!Same(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    /// <summary>Every node and token outside method bodies, in order; each body is yielded but not entered.</summary>
    private static IEnumerable<SyntaxNodeOrToken> Walk(SyntaxNode root)
        => root.DescendantNodesAndTokensAndSelf(static node => !IsMethodBody(node));

    private static bool Same(SyntaxNodeOrToken left, SyntaxNodeOrToken right)
    {
        if (left.RawKind != right.RawKind || left.IsToken != right.IsToken)
        {
            return false;
        }

        if (left.IsToken)
        {
            // Text and trivia: generated code copies the spelling of some declarations (modifiers and the space between them).
            return left.FullSpan.Length == right.FullSpan.Length && left.ToFullString() == right.ToFullString();
        }

        var leftNode = left.AsNode()!;
        var rightNode = right.AsNode()!;
        if (IsMethodBody(leftNode))
        {
            // A body may change length: locations after it move, which the cache checks by tree (ParseCache).
            return (!leftNode.ContainsDirectives && !rightNode.ContainsDirectives) || leftNode.ToFullString() == rightNode.ToFullString();
        }

        // Kinds in order plus each node's child count fix the tree's shape.
        return leftNode.ChildNodesAndTokens().Count == rightNode.ChildNodesAndTokens().Count;
    }

    private static bool IsMethodBody(SyntaxNode node)
        => node.Parent is BaseMethodDeclarationSyntax method && (node == method.Body || node == method.ExpressionBody);
}
