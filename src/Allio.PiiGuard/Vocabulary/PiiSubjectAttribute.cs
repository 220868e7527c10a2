namespace Allio.PiiGuard;

/// <summary>
/// On the property that names the data subject a record belongs to (a subject id, an account id, an email):
/// every record carrying the same value belongs to the same person, so subject rights (access §5.4,
/// withdrawal §5.3) can find all of them across tables.
/// </summary>
/// <example><code>
/// [PiiSubject]
/// public Guid SubjectId { get; set; }
/// </code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PiiSubjectAttribute : Attribute
{
}
