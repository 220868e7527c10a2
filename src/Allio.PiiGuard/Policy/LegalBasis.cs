namespace Allio.PiiGuard.Policy;

/// <summary>Why a recipient may receive personal data (152-FZ art. 6, GDPR art. 6).</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum LegalBasis
{
    /// <summary>Not stated, or not a known word; no transfer rests on it.</summary>
    Unknown = 0,

    /// <summary><c>consent</c>: the data subject agreed (the seed's §3.2.1).</summary>
    Consent,

    /// <summary><c>law</c>: a law requires the transfer (the seed's §3.2.2).</summary>
    Law,

    /// <summary><c>contract</c>: needed to perform a contract with the data subject.</summary>
    Contract,

    /// <summary><c>legitimate-interest</c>: the controller's legitimate interest (GDPR art. 6(1)(f)).</summary>
    LegitimateInterest,
}
