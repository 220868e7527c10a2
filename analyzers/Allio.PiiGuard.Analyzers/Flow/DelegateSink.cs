using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Delegate invocations a rule treats as sinks though no table row names them (<c>LoggerMessage.Define</c>'s delegates):
/// <see cref="SinkOf"/> names the sink of an invocation, or null; <see cref="SinkOfMember"/> that of a field or property
/// holding such a delegate, read from its declaration alone (for wrappers in another file, read from their syntax);
/// <see cref="Writes"/> tells the parameters whose arguments it writes out.
/// </summary>
internal sealed record DelegateSink(Func<IInvocationOperation, string?> SinkOf, Func<ISymbol, string?> SinkOfMember, Func<IParameterSymbol, bool> Writes);
