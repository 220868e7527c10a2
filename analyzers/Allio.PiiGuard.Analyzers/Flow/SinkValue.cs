using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>One value a matched sink writes out.</summary>
/// <param name="Value">The argument's value, or one element of a <c>params</c> array.</param>
/// <param name="Argument">The argument it belongs to (null for an assigned value).</param>
/// <param name="ParamsIndex">Its index within the <c>params</c> array, or -1.</param>
internal readonly record struct SinkValue(IOperation Value, IArgumentOperation? Argument, int ParamsIndex);
