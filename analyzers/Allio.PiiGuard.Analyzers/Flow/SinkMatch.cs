using Allio.PiiGuard.Analyzers.Flow.Tables;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>A call, construction or assignment the sink table recognised.</summary>
/// <param name="Row">The matching row.</param>
/// <param name="Display">How messages name the sink (<c>ILogger.LogInformation</c>, <c>new Uri</c>).</param>
internal readonly record struct SinkMatch(SinkRow Row, string Display);
