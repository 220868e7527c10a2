using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// How a rule tells what a sink writes of a value: its text, its members (<c>{@User}</c>), or nothing of it (a
/// <c>{@Hole}</c> whose type the logger's configuration writes as plain non-personal values). <see cref="OfCall"/> for a
/// bound call; <see cref="OfSyntax"/> for a call inside a wrapper of another file, read from its syntax, where only the
/// arguments and the parameter name at a position (when the sink's overloads agree on it, else empty) are known, and
/// which tells members from text only.
/// </summary>
internal sealed record WholeObjectWrites(
    Func<IInvocationOperation, SinkValue, WrittenAs> OfCall,
    Func<ArgumentListSyntax, int, Func<int, string>, bool> OfSyntax);

/// <summary>What a sink writes of a value.</summary>
internal enum WrittenAs
{
    /// <summary>Its text: a string, or what its <c>ToString</c> prints.</summary>
    Text,

    /// <summary>Its members, as a serializer or a destructuring logger writes them.</summary>
    Members,

    /// <summary>Nothing personal of it: a configuration takes it apart into plain values that are not personal.</summary>
    Nothing,
}
