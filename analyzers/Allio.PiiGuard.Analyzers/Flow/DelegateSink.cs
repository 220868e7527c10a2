using System;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Delegate invocations a rule treats as sinks though no table row names them (<c>LoggerMessage.Define</c>'s delegates):
/// <see cref="SinkOf"/> names the sink of an invocation, or null; <see cref="Writes"/> tells the arguments it writes out.
/// </summary>
internal sealed record DelegateSink(Func<IInvocationOperation, string?> SinkOf, Func<IArgumentOperation, bool> Writes);
