namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>Which mark made a symbol personal data; decides how much the mark can tell.</summary>
internal enum PiiSource
{
    /// <summary><c>[Pii]</c>, <c>[SensitivePii]</c>, <c>[BiometricPii]</c> or a class deriving from them.</summary>
    PiiGuard,
    /// <summary>Another <c>DataClassificationAttribute</c>: personal data of unknown kind.</summary>
    DataClassification,
    /// <summary>ASP.NET Core Identity's <c>[PersonalData]</c> or <c>[ProtectedPersonalData]</c>.</summary>
    IdentityPersonalData,
    /// <summary>No mark: inference mode guessed it from the name and type (see <see cref="PiiInference"/>).</summary>
    NameInference,
}
