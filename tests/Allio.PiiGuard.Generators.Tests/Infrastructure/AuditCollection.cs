namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>Tests that set the process-wide <see cref="PiiAudit.Sink"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuditCollection
{
    public const string Name = "PiiAudit sink";
}
