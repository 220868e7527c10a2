namespace Allio.PiiGuard;

/// <summary>
/// Separates a value from the discriminator Microsoft's logging appends before redaction. With
/// <c>LoggerRedactionOptions.ApplyDiscriminator</c> on (the default of <c>EnableRedaction()</c>) a redactor receives
/// <c>value:tagName</c>, so that hashes of one value differ between fields and cannot be joined.
/// </summary>
/// <remarks>
/// The masks show the value part alone; keyed hashes take the whole input, as Microsoft intends. A suffix is taken for a
/// discriminator only when it reads as a tag name, so <c>tel:+7…</c> stays whole.
/// </remarks>
internal static class RedactionDiscriminator
{
    /// <summary>The input without a trailing <c>:tagName</c>; the whole input when it has none.</summary>
    public static ReadOnlySpan<char> ValueOf(ReadOnlySpan<char> input)
    {
        var colon = input.LastIndexOf(':');
        return colon >= 0 && IsTagName(input.Slice(colon + 1)) ? input.Slice(0, colon) : input;
    }

    // Parameter names and [LogProperties] paths such as "contact" or "user.Email".
    private static bool IsTagName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
