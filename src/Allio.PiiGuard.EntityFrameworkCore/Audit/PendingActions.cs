namespace Allio.PiiGuard.EntityFrameworkCore.Audit;

/// <summary>
/// The actions one save reports once it succeeded, with the keys of the subjects they name. Naming a subject (a
/// SHA-256 of its key) is nearly all of the action log's work on a save, so a save that names many subjects has them
/// named on the thread pool while the database executes it; a small save names them inline.
/// </summary>
internal sealed class PendingActions(byte[]? referenceSecret)
{
    /// <summary>From this many subjects on, handing the hashing to another thread costs less than it saves.</summary>
    internal const int NamedAlongsideFrom = 64;

    private readonly List<(PiiAuditEvent Event, int Subject)> actions = [];
    private readonly List<object> subjectKeys = [];
    private Task<string[]>? naming;

    /// <summary>Keeps a subject's key to be named; the result goes to <see cref="Add"/>.</summary>
    public int AddSubject(object subjectKey)
    {
        subjectKeys.Add(subjectKey);
        return subjectKeys.Count - 1;
    }

    /// <summary>An action without its subject reference; <paramref name="subject"/> is from <see cref="AddSubject"/>, or -1.</summary>
    public void Add(in PiiAuditEvent action, int subject) => actions.Add((action, subject));

    /// <summary>Called once every action is added, before the save reaches the database.</summary>
    public void StartNaming()
    {
        if (subjectKeys.Count >= NamedAlongsideFrom)
        {
            naming = Task.Run(() => Name(subjectKeys, referenceSecret));
        }
    }

    /// <summary>Every action with its subject reference, in the order added.</summary>
    public IEnumerable<PiiAuditEvent> Complete()
    {
        // The work was handed over with Task.Run and never waits on this thread, so blocking here cannot deadlock.
        var references = naming?.GetAwaiter().GetResult() ?? Name(subjectKeys, referenceSecret);
        foreach (var (action, subject) in actions)
        {
            yield return subject < 0
                ? action
                : new PiiAuditEvent(action.Action, action.Type, action.Member, action.Kind, action.Purpose, action.Timestamp, references[subject]);
        }
    }

    private static string[] Name(List<object> keys, byte[]? secret)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var references = new string[keys.Count];
        using var hash = PiiSubjectReference.Hasher(secret);
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = PiiSubjectReference.Of(keys[i], hash);
        }

        return references;
    }
}
