using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>
/// Log methods compiled by Microsoft's redaction-aware <c>[LoggerMessage]</c> generator (Microsoft.Gen.Logging, shipped
/// in Microsoft.Extensions.Telemetry.Abstractions, which replaces the plain Microsoft.Extensions.Logging generator).
/// </summary>
internal static partial class PiiLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Contact {contact} signed up")]
    public static partial void ContactSignedUp(ILogger logger, [Pii] string contact);

    // Kind is a named argument: the generator builds new PiiAttribute().Classification and never sees it.
    [LoggerMessage(Level = LogLevel.Information, Message = "Callback to {phone} requested")]
    public static partial void CallbackRequested(ILogger logger, [Pii(Kind = PiiKind.Phone)] string phone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applicant {applicantId} scored {score}")]
    public static partial void ApplicantScored(ILogger logger, [Pii] long applicantId, int score);

    [LoggerMessage(Level = LogLevel.Information, Message = "Diagnosis {diagnosis} recorded")]
    public static partial void DiagnosisRecorded(ILogger logger, [SensitivePii] string diagnosis);

    [LoggerMessage(Level = LogLevel.Information, Message = "Face template {template} enrolled")]
    public static partial void FaceEnrolled(ILogger logger, [BiometricPii] string template);
}
