// DELIBERATE LEAKS — compiled only with `dotnet build -p:PiiGuardDemoLeaks=true`.
// Each method below breaks the policy once, so a new user can watch PiiGuard stop the build:
//   PII001 an email in a log, PII007 a name in an exception message,
//   PII003 an email sent to a US analytics SDK although the policy forbids cross-border transfers (§3.3),
//   PII002 a whole applicant serialized to JSON.
// Nothing calls these methods; the normal build leaves this folder out (see Allio.Crm.csproj).
using System.Text.Json;
using Allio.Crm.Model;

namespace Allio.Crm.Leaks
{
    internal static class DeliberateLeaks
    {
        /// <summary>PII001: the email reaches the log as is; Log.ApplicationReceived would redact it.</summary>
        public static void LogEmail(ILogger logger, Applicant applicant) =>
            logger.LogInformation("CV received from {Email}", applicant.Email);

        /// <summary>PII007: exception messages travel to logs, error pages and crash reports.</summary>
        public static void RejectByName(Applicant applicant) =>
            throw new InvalidOperationException($"No vacancy matches the CV of {applicant.LastName}");

        /// <summary>PII003: Segment is a US service (the built-in catalog knows its SDK); the policy forbids the transfer.</summary>
        public static void TrackSignUp(Segment.Analytics analytics, Applicant applicant) =>
            analytics.Track(applicant.Email, "cv-submitted");

        /// <summary>PII002: every personal member of the CV is written out.</summary>
        public static string ExportAsJson(Applicant applicant) => JsonSerializer.Serialize(applicant);
    }
}

namespace Segment
{
    /// <summary>Stands in for the Segment SDK's client (namespace <c>Segment</c>), so the demo needs no package.</summary>
    internal sealed class Analytics
    {
        public void Track(string userId, string eventName) => _ = (userId, eventName);
    }
}
