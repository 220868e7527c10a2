using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A factory in another file read from its syntax (<c>ToPublicDto(this MoveJob job) =&gt; new() { … }</c>): the type it
/// builds, the members every construction it returns decides, and what the values given to them carry.
/// </summary>
internal sealed record SyntacticFactory(INamedTypeSymbol Type, HashSet<ISymbol> Decided, MethodSummary Values);
