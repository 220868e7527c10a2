using Allio.PiiGuard;

namespace Allio.Crm;

/// <summary>
/// Records every action on personal data (§4.1.5). Parameters marked <c>[Pii]</c> carry PiiGuard's
/// classification, so with <c>EnableRedaction()</c> the logging pipeline writes only their redacted form.
/// They carry no <c>Kind</c>: the logging generator passes the classification alone to the redactor,
/// which tells an email from a phone by the value's shape.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Inquiry from {LastName} {FirstName} <{Email}>, phone {Phone}, filed under subject {SubjectId}")]
    public static partial void InquiryReceived(
        this ILogger logger, [Pii] string lastName, [Pii] string firstName, [Pii] string email, [Pii] string? phone, Guid subjectId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "CV of {LastName} {FirstName} <{Email}>, mobile {MobilePhone}, filed under subject {SubjectId}")]
    public static partial void ApplicationReceived(
        this ILogger logger, [Pii] string lastName, [Pii] string firstName, [Pii] string email, [Pii] string? mobilePhone, Guid subjectId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "{LastName} {FirstName} <{Email}> registered for event {EventCode} under subject {SubjectId}")]
    public static partial void EventRegistered(
        this ILogger logger, [Pii] string lastName, [Pii] string firstName, [Pii] string email, string eventCode, Guid subjectId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information,
        Message = "Service desk client {LastName} {FirstName} <{Email}>, phone {Phone}, registered under subject {SubjectId}")]
    public static partial void ServiceDeskClientRegistered(
        this ILogger logger, [Pii] string lastName, [Pii] string firstName, [Pii] string email, [Pii] string? phone, Guid subjectId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information,
        Message = "Registration of {Product} for <{Email}> handed to recipient rights-holder, subject {SubjectId}")]
    public static partial void SoftwareRegistrationTransferred(this ILogger logger, string product, [Pii] string email, Guid subjectId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "Registration of {Product} refused: the user did not consent to the transfer (§3.2.1); nothing was stored")]
    public static partial void SoftwareRegistrationRefused(this ILogger logger, string product);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information,
        Message = "Consent withdrawn: {RecordCount} records of subject {SubjectId} erased and destroyed")]
    public static partial void SubjectErased(this ILogger logger, int recordCount, Guid subjectId);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information,
        Message = "Access request: {RecordCount} records of subject {SubjectId} disclosed to the subject")]
    public static partial void SubjectExported(this ILogger logger, int recordCount, Guid subjectId);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information,
        Message = "{Request} for subject {SubjectId}: nothing is held")]
    public static partial void SubjectNotFound(this ILogger logger, string request, Guid subjectId);
}
