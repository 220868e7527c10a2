using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>
/// One entity type of a model that holds personal data: its generated descriptor's members matched to the EF
/// properties that store them, its subject key, erasure and retention settings.
/// </summary>
internal abstract class PiiEntity
{
    protected PiiEntity(IEntityType entityType, PiiTypeDescriptor descriptor)
    {
        EntityType = entityType;
        Descriptor = descriptor;
        Members = [.. descriptor.Members.Select(member => new PiiColumn(member, entityType.FindProperty(member.Name)))];
        SubjectKey = entityType.FindAnnotation(PiiAnnotations.SubjectKey)?.Value is string key ? RequireProperty(entityType, key) : null;
        Erasure = entityType.FindAnnotation(PiiAnnotations.Erasure)?.Value as PiiErasureMode? ?? PiiErasureMode.Delete;
        RetentionFrom = entityType.FindAnnotation(PiiAnnotations.RetentionFrom)?.Value is string since ? RequireProperty(entityType, since) : null;
        Expiry = entityType.FindAnnotation(PiiAnnotations.Expiry)?.Value as PiiErasureMode? ?? PiiErasureMode.Delete;

        if (Erasure == PiiErasureMode.Erase || (RetentionFrom is not null && Expiry == PiiErasureMode.Erase))
        {
            var unmapped = Members.FirstOrDefault(column => column.Property is null || column.Property.IsKey());
            if (unmapped is not null)
            {
                throw new InvalidOperationException(
                    $"{Name}.{unmapped.Member.Name} is personal data but not a column that can be overwritten (a navigation or a key), so PiiErasureMode.Erase cannot erase it; use PiiErasureMode.Delete for {Name}.");
            }
        }
    }

    public IEntityType EntityType { get; }

    public PiiTypeDescriptor Descriptor { get; }

    /// <summary>The entity's name in reports and the action log: its CLR type name.</summary>
    public string Name => EntityType.ClrType.Name;

    public IReadOnlyList<PiiColumn> Members { get; }

    public IProperty? SubjectKey { get; }

    public PiiErasureMode Erasure { get; }

    public IProperty? RetentionFrom { get; }

    public PiiErasureMode Expiry { get; }

    /// <summary>The subject's rows, tracked when <paramref name="tracked"/> (to change them) and not otherwise.</summary>
    public abstract Task<List<object>> SubjectRowsAsync(DbContext context, object subjectKey, bool tracked, CancellationToken cancellationToken);

    /// <summary>Rows whose <see cref="RetentionFrom"/> lies before <paramref name="cutoff"/>, tracked.</summary>
    public abstract Task<List<object>> RowsStampedBeforeAsync(DbContext context, DateTimeOffset cutoff, CancellationToken cancellationToken);

    private static IProperty RequireProperty(IEntityType entityType, string name) =>
        entityType.FindProperty(name)
        ?? throw new InvalidOperationException($"{entityType.ClrType.Name}.{name} is named by PiiGuard's configuration but is not a mapped property.");

    /// <summary>The entities of <paramref name="model"/>, built once per model.</summary>
    public static IReadOnlyList<PiiEntity> Of(IModel model) => Cache.GetValue(model, Build).All;

    /// <summary>The entity of one tracked entry's type, or null when it holds no personal data.</summary>
    public static PiiEntity? Find(IEntityType entityType)
        => Cache.GetValue(entityType.Model, Build).ByType.GetValueOrDefault(entityType);

    private static readonly ConditionalWeakTable<IModel, ModelEntities> Cache = [];

    private static ModelEntities Build(IModel model)
    {
        var entities = new List<PiiEntity>();
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.IsOwned() || entityType.ClrType.IsValueType || PiiTypeRegistry.Find(entityType.ClrType) is not { } descriptor)
            {
                continue;
            }

            // One closed generic type per entity, made once per model: queries need the entity type as a type argument.
            var handler = typeof(PiiEntity<>).MakeGenericType(entityType.ClrType);
            entities.Add((PiiEntity)Activator.CreateInstance(handler, entityType, descriptor)!);
        }

        return new ModelEntities(entities, entities.ToDictionary(entity => entity.EntityType));
    }

    private sealed record ModelEntities(IReadOnlyList<PiiEntity> All, Dictionary<IEntityType, PiiEntity> ByType);

    /// <summary>A subject key given as another type than the property's (a Guid as text, an int as long) in the property's type.</summary>
    protected static object ConvertKey(object key, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return type.IsInstanceOfType(key) ? key
            : type == typeof(Guid) ? Guid.Parse(Convert.ToString(key, CultureInfo.InvariantCulture)!)
            : Convert.ChangeType(key, type, CultureInfo.InvariantCulture);
    }

    /// <summary><c>EF.Property&lt;T&gt;(row, name)</c> for a property of the entity.</summary>
    protected static Expression PropertyOf(ParameterExpression row, IProperty property) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], row, Expression.Constant(property.Name));

    /// <summary>A value read from a closure, so EF Core sends it as a parameter and caches one query for every value.</summary>
    protected static Expression Parameter(object value, Type type) =>
        Expression.Convert(Expression.Field(Expression.Constant(new StrongBox<object>(value)), nameof(StrongBox<object>.Value)), type);
}

/// <summary>A personal member and the EF property that stores it (null when it is a navigation or not mapped).</summary>
internal sealed record PiiColumn(PiiMemberDescriptor Member, IProperty? Property);

/// <summary>The typed queries of one entity.</summary>
internal sealed class PiiEntity<TEntity>(IEntityType entityType, PiiTypeDescriptor descriptor) : PiiEntity(entityType, descriptor)
    where TEntity : class
{
    public override async Task<List<object>> SubjectRowsAsync(DbContext context, object subjectKey, bool tracked, CancellationToken cancellationToken)
    {
        var key = SubjectKey ?? throw new InvalidOperationException($"{Name} names no subject key.");
        var row = Expression.Parameter(typeof(TEntity), "row");
        var filter = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(PropertyOf(row, key), Parameter(ConvertKey(subjectKey, key.ClrType), key.ClrType)), row);
        var query = context.Set<TEntity>().Where(filter);
        var rows = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(static item => (object)item);
    }

    public override async Task<List<object>> RowsStampedBeforeAsync(DbContext context, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var since = RetentionFrom ?? throw new InvalidOperationException($"{Name} has no retention timestamp.");
        var type = Nullable.GetUnderlyingType(since.ClrType) ?? since.ClrType;
        object bound = type == typeof(DateTime) ? (object)cutoff.UtcDateTime
            : type == typeof(DateTimeOffset) ? (object)cutoff
            : throw new InvalidOperationException($"{Name}.{since.Name} must be a DateTime or DateTimeOffset to count retention from.");
        var row = Expression.Parameter(typeof(TEntity), "row");
        var filter = Expression.Lambda<Func<TEntity, bool>>(
            Expression.LessThan(PropertyOf(row, since), Parameter(bound, since.ClrType)), row);
        var rows = await context.Set<TEntity>().Where(filter).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(static item => (object)item);
    }
}
