using System.Text;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>One reusable builder per thread, so a generated <c>ToString()</c> allocates only its result.</summary>
public static class PiiStringBuilderCache
{
    // Larger builders are dropped so one huge object graph does not pin memory for the thread's life.
    private const int MaxCachedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? cached;

    /// <summary>An empty builder: the cached one when free, else a new one.</summary>
    public static StringBuilder Acquire()
    {
        var builder = cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        cached = null;
        builder.Clear();
        return builder;
    }

    /// <summary>
    /// What a generated <c>ToString</c> returns: the value's <see cref="IPiiRedactable.AppendRedacted"/> text, built in
    /// the cached builder. Generic, so a struct is not boxed.
    /// </summary>
    public static string Print<T>(T value, IRedactorProvider? redactorProvider)
        where T : IPiiRedactable
    {
        var builder = Acquire();
        value.AppendRedacted(builder, redactorProvider);
        return GetStringAndRelease(builder);
    }

    /// <summary>The builder's text; hands the builder back to the cache.</summary>
    public static string GetStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            cached = builder;
        }

        return text;
    }
}
