namespace Allio.PiiGuard.Policy;

/// <summary>Whether personal data may leave the jurisdiction (152-FZ art. 12, GDPR chapter V).</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum CrossBorderTransferMode
{
    /// <summary><c>forbidden</c>: no personal data leaves the jurisdiction (the seed's §3.3). The default.</summary>
    Forbidden = 0,

    /// <summary>
    /// <c>declared</c>: data may go to a declared recipient in an adequate country, or to any declared
    /// recipient whose legal basis is consent.
    /// </summary>
    Declared,
}
