using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Operations compared by identity but hashed by their place in the source: an object's first identity hash takes the
/// runtime's slow path, and a block's operations are mostly hashed once. Operations sharing a place (a conversion and
/// its operand) still differ by identity.
/// </summary>
internal sealed class OperationByPlace : IEqualityComparer<IOperation>
{
    public static readonly OperationByPlace Instance = new();

    public bool Equals(IOperation? x, IOperation? y) => ReferenceEquals(x, y);

    public int GetHashCode(IOperation obj) => obj.Syntax.SpanStart;
}
