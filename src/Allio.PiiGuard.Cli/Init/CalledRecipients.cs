using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Rules.Transfers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Cli.Init;

/// <summary>
/// The catalogued vendors (the analyzers' known-recipient table) whose SDKs the code calls or whose API hosts it
/// spells out, so <c>init</c> drafts the recipients PII003 and PII004 will ask about.
/// </summary>
internal static class CalledRecipients
{
    /// <summary>The vendors <paramref name="compilation"/>'s own code reaches, by id.</summary>
    public static IEnumerable<KnownRecipient> In(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, KnownRecipient>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                var known = node switch
                {
                    InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
                        when model.GetSymbolInfo(node, cancellationToken).Symbol?.ContainingNamespace is { } ns
                        => KnownRecipientTable.ByNamespace(ns.ToDisplayString()),
                    LiteralExpressionSyntax or InterpolatedStringExpressionSyntax
                        when UrlHosts.HostOf(model.GetOperation(node, cancellationToken), 0) is { } host
                        => KnownRecipientTable.ByHost(host),
                    _ => null,
                };
                if (known is not null)
                {
                    found.TryAdd(known.Id, known);
                }
            }
        }

        return found.Values;
    }
}
