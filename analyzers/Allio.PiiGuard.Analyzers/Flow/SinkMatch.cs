using Allio.PiiGuard.Analyzers.Flow.Tables;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>A call, construction or assignment the sink table recognised.</summary>
/// <param name="Row">The matching row.</param>
/// <param name="Name">How messages name the sink, spelled only when one reports.</param>
internal readonly record struct SinkMatch(SinkRow Row, SinkName Name)
{
    /// <summary>How messages name the sink (<c>ILogger.LogInformation</c>, <c>new Uri</c>).</summary>
    public string Display => Name.Text;
}
