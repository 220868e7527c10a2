using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>Fluent configuration of how PiiGuard treats the rows of an entity.</summary>
public static class PiiEntityTypeBuilderExtensions
{
    /// <summary>
    /// Names the property that identifies the data subject of each row, as <see cref="PiiSubjectAttribute"/> does:
    /// <c>modelBuilder.Entity&lt;Visitor&gt;().HasPiiSubject(v =&gt; v.SubjectId)</c>.
    /// </summary>
    public static EntityTypeBuilder<TEntity> HasPiiSubject<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> subjectKey)
        where TEntity : class
        => builder.HasAnnotation(PiiAnnotations.SubjectKey, MemberName(subjectKey));

    /// <summary>What withdrawal of consent does to the entity's rows: delete them (the default) or erase their personal columns.</summary>
    public static EntityTypeBuilder<TEntity> HasPiiErasure<TEntity>(this EntityTypeBuilder<TEntity> builder, PiiErasureMode mode)
        where TEntity : class
        => builder.HasAnnotation(PiiAnnotations.Erasure, mode);

    /// <summary>
    /// Counts the retention written on the entity's marks (an ISO-8601 duration such as <c>P3Y</c>) from
    /// <paramref name="since"/>, a <see cref="DateTime"/> (UTC) or <see cref="DateTimeOffset"/> property, so that
    /// <c>PurgeExpiredAsync()</c> deletes or anonymises the rows whose time has passed.
    /// </summary>
    public static EntityTypeBuilder<TEntity> HasPiiRetention<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> since, PiiErasureMode whenExpired = PiiErasureMode.Delete)
        where TEntity : class
        => builder.HasAnnotation(PiiAnnotations.RetentionFrom, MemberName(since)).HasAnnotation(PiiAnnotations.Expiry, whenExpired);

    private static string MemberName<TEntity>(Expression<Func<TEntity, object?>> selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? convert.Operand
            : selector.Body;
        return body is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"Expected a property of {typeof(TEntity).Name}, such as x => x.Email; got {selector}.", nameof(selector));
    }
}
