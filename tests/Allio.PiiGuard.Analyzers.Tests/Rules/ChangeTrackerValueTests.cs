using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// EF Core's change tracker: the current and original values of an entity's properties hold its personal data, as an
/// audit interceptor logs them; the names of the columns and the values of a property that holds none do not.
/// </summary>
public sealed class ChangeTrackerValueTests
{
    [Fact]
    public Task Values_read_through_the_change_tracker_are_the_entity_s() => Verify.VerifyAsync(
        """
        using System.Linq;
        using Allio.PiiGuard;
        using Microsoft.EntityFrameworkCore.ChangeTracking;
        using Microsoft.Extensions.Logging;
        namespace Microsoft.EntityFrameworkCore.ChangeTracking
        {
            public class MemberEntry { public object? CurrentValue { get; set; } public object? OriginalValue { get; set; } public bool IsModified { get; set; } public Meta Metadata { get; } = new(); }
            public class Meta { public string Name { get; } = ""; }
            public class PropertyEntry : MemberEntry { }
            public class PropertyEntry<TEntity, TProperty> : PropertyEntry { public new TProperty CurrentValue { get; set; } = default!; }
            public class EntityEntry
            {
                public System.Collections.Generic.IEnumerable<PropertyEntry> Properties { get; } = [];
                public PropertyEntry Property(string name) => new();
            }
            public class EntityEntry<TEntity> : EntityEntry
            {
                public PropertyEntry<TEntity, TProperty> Property<TProperty>(System.Linq.Expressions.Expression<System.Func<TEntity, TProperty>> property) => new();
            }
        }
        public class Customer
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
            public string Tier { get; set; } = "";
        }
        public class Ticket { public int Id { get; set; } public string Status { get; set; } = ""; }
        class Audit
        {
            void Run(ILogger logger, EntityEntry<Customer> entry, EntityEntry<Ticket> ticket, EntityEntry untyped)
            {
                foreach (var p in entry.Properties.Where(p => p.IsModified))
                {
                    logger.LogInformation("Changed {Column}", p.Metadata.Name);
                    logger.LogInformation("{Old} -> {New}", {|PII001:p.OriginalValue|}, {|PII001:p.CurrentValue|});
                }

                logger.LogInformation("{Phone}", {|PII001:entry.Property(nameof(Customer.Phone)).CurrentValue|});
                logger.LogInformation("{Phone}", {|PII001:entry.Property(c => c.Phone).CurrentValue|});
                logger.LogInformation("{Tier}", entry.Property(nameof(Customer.Tier)).CurrentValue);
                logger.LogInformation("{Tier}", entry.Property(c => c.Tier).CurrentValue);
                foreach (var p in ticket.Properties) logger.LogInformation("{Value}", p.CurrentValue);
                foreach (var p in untyped.Properties) logger.LogInformation("{Value}", p.CurrentValue);
                var phone = untyped.Property(nameof(Customer.Phone));
                logger.LogInformation("{Old}", {|PII001:phone.OriginalValue|});
                logger.LogInformation("{Tier}", untyped.Property(nameof(Customer.Tier)).CurrentValue);
                logger.LogInformation("{Any}", untyped.Property("Phone").CurrentValue);
            }
        }
        """);
}
