namespace Allio.Crm.Tests;

/// <summary>
/// Tests that read audit events. <c>PiiAudit.Sink</c> is one static field for the process (generated hooks cannot
/// take a service provider), and every app started here installs its own sink, so these tests run alone,
/// after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PiiAuditCollection
{
    public const string Name = "PiiAudit";
}
