using System;
using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>
/// The built-in catalog of foreign SaaS SDKs: calling one of them with personal data is a transfer to the
/// vendor, in the vendor's country, unless <c>piiguard.json</c> declares a recipient with the same id
/// (the policy wins: its country, legal basis, kinds and purposes apply). Adding a vendor is adding a row.
/// </summary>
/// <remarks>Countries are where the vendor's default region processes data; a policy that pins an EU region declares the recipient.</remarks>
internal static class KnownRecipientTable
{
    public static ImmutableArray<KnownRecipient> Rows { get; } =
    [
        new("sentry", "Sentry", "US", ["Sentry"], ["*.sentry.io", "sentry.io"]),
        new("segment", "Segment", "US", ["Segment", "Twilio.Segment"], ["api.segment.io", "*.segment.com"]),
        new("mixpanel", "Mixpanel", "US", ["Mixpanel"], ["api.mixpanel.com", "*.mixpanel.com"]),
        new("sendgrid", "SendGrid", "US", ["SendGrid"], ["api.sendgrid.com"]),
        new("twilio", "Twilio", "US", ["Twilio"], ["api.twilio.com", "*.twilio.com"]),
        new("google-analytics", "Google Analytics", "US", ["Google.Analytics", "Google.Apis.Analytics", "Google.Apis.AnalyticsReporting"], ["www.google-analytics.com", "*.google-analytics.com"]),
        new("firebase", "Firebase", "US", ["FirebaseAdmin", "Google.Cloud.Firestore", "Firebase"], ["*.firebaseio.com", "fcm.googleapis.com", "firestore.googleapis.com"]),
        new("amplitude", "Amplitude", "US", ["Amplitude"], ["api2.amplitude.com", "*.amplitude.com"]),
        new("hubspot", "HubSpot", "US", ["HubSpot"], ["api.hubapi.com"]),
        new("intercom", "Intercom", "US", ["Intercom"], ["api.intercom.io"]),
        new("salesforce", "Salesforce", "US", ["Salesforce"], ["*.salesforce.com", "*.my.salesforce.com"]),
        new("stripe", "Stripe", "US", ["Stripe"], ["api.stripe.com"]),
        new("mailchimp", "Mailchimp", "US", ["MailChimp", "Mailchimp"], ["*.api.mailchimp.com"]),
        new("datadog", "Datadog", "US", ["Datadog", "StatsdClient"], ["*.datadoghq.com"]),
        new("application-insights", "Azure Application Insights", "US", ["Microsoft.ApplicationInsights"], ["*.applicationinsights.azure.com", "dc.services.visualstudio.com"]),
    ];

    /// <summary>The vendor whose SDK namespace (the most specific one) is or contains <paramref name="ns"/>.</summary>
    public static KnownRecipient? ByNamespace(string ns)
    {
        KnownRecipient? best = null;
        var bestLength = 0;
        foreach (var known in Rows)
        {
            foreach (var root in known.Namespaces)
            {
                // Asked once per type of every call: compared in place, without building root + ".".
                if (root.Length > bestLength && ns.StartsWith(root, StringComparison.Ordinal) && (ns.Length == root.Length || ns[root.Length] == '.'))
                {
                    best = known;
                    bestLength = root.Length;
                }
            }
        }

        return best;
    }

    /// <summary>The vendor whose API hosts include <paramref name="host"/> (<c>*.</c> entries match subdomains).</summary>
    public static KnownRecipient? ByHost(string host)
    {
        foreach (var known in Rows)
        {
            foreach (var declared in known.Hosts)
            {
                if (declared.StartsWith("*.", StringComparison.Ordinal)
                    ? host.EndsWith(declared.Substring(1), StringComparison.OrdinalIgnoreCase)
                    : string.Equals(declared, host, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }
        }

        return null;
    }
}
