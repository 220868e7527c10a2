namespace Allio.Crm.Model;

/// <summary>A record filed under a data subject: the service records the subject's rights reach through the database.</summary>
public interface ISubjectRecord : IPersonalRecord
{
    /// <summary>The subject the record belongs to; the store assigns it.</summary>
    Guid SubjectId { get; set; }

    /// <summary>The email that tells a returning subject (§2.2.1).</summary>
    string Email { get; }
}
