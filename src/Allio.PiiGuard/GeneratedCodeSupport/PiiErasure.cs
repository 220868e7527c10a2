namespace Allio.PiiGuard;

/// <summary>Settings of the generated <c>ErasePersonalData()</c> methods.</summary>
public static class PiiErasure
{
    private static volatile string stringTombstone = "[erased]";

    /// <summary>
    /// What a non-nullable <see cref="string"/> member holds after erasure (nullable members become null,
    /// value types their default). Set it once at startup, e.g. to <see cref="string.Empty"/>.
    /// </summary>
    public static string StringTombstone
    {
        get => stringTombstone;
        set => stringTombstone = value ?? throw new ArgumentNullException(nameof(value));
    }
}
