namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>The legal category of a piece of personal data; stricter categories get stricter defaults.</summary>
internal enum PiiCategory
{
    /// <summary>Ordinary personal data (152-FZ "other" category).</summary>
    Personal,
    /// <summary>Special categories (152-FZ art. 10, GDPR art. 9).</summary>
    Sensitive,
    /// <summary>Biometric data (152-FZ art. 11).</summary>
    Biometric,
}
