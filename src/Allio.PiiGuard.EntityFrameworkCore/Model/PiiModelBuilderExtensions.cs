using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>Model-building entry point: call <see cref="UsePiiGuard"/> at the end of <c>OnModelCreating</c>.</summary>
public static class PiiModelBuilderExtensions
{
    /// <summary>The table the action log is written to.</summary>
    public const string ActionLogTable = "PiiActionLog";

    /// <summary>
    /// Takes the subject key of every entity from <see cref="PiiSubjectAttribute"/> (unless <c>HasPiiSubject</c> named one)
    /// and, when <paramref name="actionLog"/> is true, maps the action log (<see cref="PiiActionLogEntry"/>) to the table
    /// <see cref="ActionLogTable"/>. Call it after the entities are configured.
    /// </summary>
    /// <remarks>The attribute is read here, once per model, from the members EF Core has already discovered (as EF reads <c>[Key]</c>).</remarks>
    public static ModelBuilder UsePiiGuard(this ModelBuilder modelBuilder, bool actionLog = true)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (entityType.FindAnnotation(PiiAnnotations.SubjectKey) is not null)
            {
                continue;
            }

            var marked = entityType.GetProperties().FirstOrDefault(property =>
                (property.PropertyInfo ?? (System.Reflection.MemberInfo?)property.FieldInfo)?.IsDefined(typeof(PiiSubjectAttribute), inherit: true) == true);
            if (marked is not null)
            {
                entityType.SetAnnotation(PiiAnnotations.SubjectKey, marked.Name);
            }
        }

        if (actionLog)
        {
            modelBuilder.Entity<PiiActionLogEntry>(entry =>
            {
                entry.ToTable(ActionLogTable);
                entry.HasKey(e => e.Id);
                entry.HasIndex(e => e.Subject);
                entry.HasIndex(e => e.TimestampUtc);
            });
        }

        return modelBuilder;
    }
}
