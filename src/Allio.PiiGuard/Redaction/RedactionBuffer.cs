namespace Allio.PiiGuard;

/// <summary>The destination check every PiiGuard redactor makes before it writes.</summary>
internal static class RedactionBuffer
{
    /// <summary>Throws the same exception Microsoft's redactors throw when <paramref name="destination"/> is too short.</summary>
    public static void EnsureFits(Span<char> destination, int length)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException(
                $"The destination buffer holds {destination.Length} characters; the redacted value needs {length}.",
                nameof(destination));
        }
    }
}
