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
    Func<ArgumentListSyntax, int, Func<int, string>, bool> OfSyntax);
