using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>A type whose values hold personal data as a whole, and the first member that makes it so.</summary>
internal sealed record WholeObject(ITypeSymbol Type, ISymbol Member, PiiInfo Pii);
