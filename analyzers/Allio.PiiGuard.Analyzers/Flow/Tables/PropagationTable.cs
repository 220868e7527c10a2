using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>
/// How data moves through code the analysis cannot see into (library calls): which value types carry
/// what they were built from, and which calls fill a container held in a local.
/// </summary>
internal static class PropagationTable
{
    /// <summary>
    /// Types whose values carry the data they were made of, besides <c>string</c>, <c>object</c>, arrays,
    /// tuples, anonymous types and every <c>IEnumerable</c> (collections, query results, builders of lists).
    /// A library call returning a carrier carries its receiver's and arguments' data.
    /// </summary>
    public static ImmutableArray<string> CarrierTypes { get; } =
    [
        "System.Text.StringBuilder",
        "System.Collections.Generic.KeyValuePair`2",
        "System.Span`1",
        "System.ReadOnlySpan`1",
        "System.Memory`1",
        "System.ReadOnlyMemory`1",
        "System.Nullable`1",
        "Microsoft.Extensions.Primitives.StringValues",
        "Microsoft.Extensions.Primitives.StringSegment",
        "System.Diagnostics.ActivityEvent",
        "System.Diagnostics.ActivityLink",
        "System.Diagnostics.TagList",

        // HTTP payloads carry what they are built from, so a transfer rule sees the data inside a request.
        "System.Net.Http.StringContent",
        "System.Net.Http.ByteArrayContent",
        "System.Net.Http.ReadOnlyMemoryContent",
        "System.Net.Http.FormUrlEncodedContent",
        "System.Net.Http.Json.JsonContent",
        "System.Net.Http.HttpRequestMessage",
    ];

    /// <summary>
    /// Calls on a carrier held in a local (or parameter) that put their arguments into it:
    /// <c>builder.Append(email)</c> taints <c>builder</c>, <c>tags.Add("email", email)</c> taints <c>tags</c>.
    /// </summary>
    public static ImmutableArray<string> FillingMethods { get; } =
    [
        "Append",
        "AppendLine",
        "AppendFormat",
        "AppendJoin",
        "Insert",
        "Replace",
        "Add",
        "AddRange",
        "AddFirst",
        "AddLast",
        "TryAdd",
        "Push",
        "Enqueue",
        "Prepend",
        "SetValue",
    ];
}
