using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// How a rule tells that a sink writes a value's members rather than its text (<c>{@User}</c>): <see cref="OfCall"/> for a
/// bound call; <see cref="OfSyntax"/> for a call inside a wrapper of another file, read from its syntax, where only the
/// arguments and the parameter name at a position (when the sink's overloads agree on it, else empty) are known.
/// </summary>
internal sealed record WholeObjectWrites(
    Func<IInvocationOperation, SinkValue, bool> OfCall,
    Func<ArgumentListSyntax, int, Func<int, string>, bool> OfSyntax)
{
    /// <summary>
    /// When set, true for a value the bound call writes nothing of: taken apart by a configuration into plain values
    /// (a Serilog <c>{@Hole}</c> whose type a projection or a destructuring policy writes without its personal members),
    /// so neither its members nor its text are written.
    /// </summary>
    public Func<IInvocationOperation, SinkValue, bool>? WritesNothing { get; init; }
}
