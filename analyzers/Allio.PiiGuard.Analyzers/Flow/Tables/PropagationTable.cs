using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>
/// How data moves through code the analysis cannot see into (library calls): which calls fill a container
/// held in a local. (Every other library call carries its inputs to its result, cut by the result's type.)
/// </summary>
internal static class PropagationTable
{
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
        "AppendFormatted",
        "AppendLiteral",
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
