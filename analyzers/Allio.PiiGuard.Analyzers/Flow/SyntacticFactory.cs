using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A factory in another file read from its syntax (<c>ToPublicDto(this MoveJob job) =&gt; new() { … }</c>): the type it
/// builds, the members every construction it returns decides, what the values given to its constructor carry, and what
/// each member it copies or initializes is given (<c>new(c.CaseNumber, c.FullName)</c> of a record, <c>new View { Id =
/// a.Id, DonorEmail = a.Donor.Email }</c>), so a sink whose reader skips a member (<c>[JsonIgnore]</c>), or a copy made
/// <c>with</c> a new value for it, reads none of what that member was given.
/// </summary>
internal sealed record SyntacticFactory(
    INamedTypeSymbol Type, HashSet<ISymbol> Decided, MethodSummary Values, ImmutableArray<(ISymbol Member, MethodSummary Values)> Initialized);
