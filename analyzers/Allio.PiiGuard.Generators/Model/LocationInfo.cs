using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Generators.Model;

/// <summary>A source location as plain data: a <see cref="Location"/> would keep its syntax tree alive in the pipeline.</summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

    public static LocationInfo? From(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource && location.SourceTree is { } tree)
            {
                return new LocationInfo(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
            }
        }

        return null;
    }
}
