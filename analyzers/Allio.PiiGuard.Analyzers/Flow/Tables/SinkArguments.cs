namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>Which arguments of a matched call are written to the sink.</summary>
internal enum SinkArguments
{
    /// <summary>Every argument (a logger's template and values; an exception's message and parameter name).</summary>
    All,
    /// <summary>Only the parameters the row names (<c>requestUri</c> of <c>HttpClient.GetAsync</c>).</summary>
    Named,
    /// <summary>All but the first (a metric's measured value is aggregated; its tags are not).</summary>
    AllButFirst,
    /// <summary>The call's receiver (a JSON document node turned into text: <c>node.ToJsonString()</c>).</summary>
    Receiver,
}
