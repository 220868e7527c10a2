namespace Allio.PiiGuard;

/// <summary>
/// The bodies of the generated <c>ErasePersonalData()</c> and <c>ExportPersonalData()</c>: one loop over the type's
/// descriptor, so the generator writes a call instead of statements and audit reports per member.
/// </summary>
public static class PiiSubjectRightsHooks
{
    /// <summary>
    /// Erases the members of <paramref name="descriptor"/> from index <paramref name="from"/> on (those a generated base
    /// does not erase itself) and reports an <see cref="PiiAction.Erasure"/> for each, after all are erased.
    /// </summary>
    /// <param name="owner">The instance; by reference, so a struct is erased in place.</param>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="from">The first member this type erases; the ones before it belong to a generated base.</param>
    /// <param name="inherited">What the base's erasure returned, listed first; null at the root.</param>
    /// <returns>The names erased, the base's first.</returns>
    public static IReadOnlyList<string> Erase<T>(ref T owner, PiiTypeDescriptor<T> descriptor, int from, IReadOnlyList<string>? inherited)
    {
        var members = descriptor.TypedMembers;
        var erased = new List<string>((inherited?.Count ?? 0) + members.Length - from);
        if (inherited is not null)
        {
            erased.AddRange(inherited);
        }

        for (var i = from; i < members.Length; i++)
        {
            if (members[i].Erase(ref owner))
            {
                erased.Add(members[i].Name);
            }
        }

        if (PiiAudit.Sink is { } sink)
        {
            for (var i = from; i < members.Length; i++)
            {
                // Erase wrote exactly the members that can be written.
                if (members[i].CanWrite)
                {
                    PiiAudit.Report(sink, PiiAction.Erasure, descriptor.Type, members[i].Name, members[i].Kind);
                }
            }
        }

        return erased;
    }

    /// <summary>
    /// As <see cref="Erase{T}(ref T, PiiTypeDescriptor{T}, int, IReadOnlyList{string}?)"/>, for a class: the generated
    /// hook passes <c>this</c> and needs no local to take a reference to.
    /// </summary>
    /// <param name="owner">The instance.</param>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="from">The first member this type erases; the ones before it belong to a generated base.</param>
    /// <param name="inherited">What the base's erasure returned, listed first; null at the root.</param>
    /// <returns>The names erased, the base's first.</returns>
    public static IReadOnlyList<string> EraseObject<T>(T owner, PiiTypeDescriptor<T> descriptor, int from, IReadOnlyList<string>? inherited)
        where T : class
        => Erase(ref owner, descriptor, from, inherited);

    /// <summary>
    /// The values of the members of <paramref name="descriptor"/> from index <paramref name="from"/> on, as stored
    /// (an audited property's field, so exporting reports no retrieval), and a <see cref="PiiAction.Transfer"/> for each.
    /// </summary>
    /// <param name="owner">The instance.</param>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="from">The first member this type exports; the ones before it belong to a generated base.</param>
    /// <param name="inherited">What the base's export returned, listed first; null at the root.</param>
    /// <returns>Ordered name–value pairs, the base's first.</returns>
    public static IReadOnlyList<KeyValuePair<string, object?>> Export<T>(T owner, PiiTypeDescriptor<T> descriptor, int from, IReadOnlyList<KeyValuePair<string, object?>>? inherited)
    {
        var members = descriptor.TypedMembers;
        var export = new List<KeyValuePair<string, object?>>((inherited?.Count ?? 0) + members.Length - from);
        if (inherited is not null)
        {
            export.AddRange(inherited);
        }

        for (var i = from; i < members.Length; i++)
        {
            export.Add(new KeyValuePair<string, object?>(members[i].Name, members[i].GetStoredValue(owner)));
        }

        if (PiiAudit.Sink is { } sink)
        {
            for (var i = from; i < members.Length; i++)
            {
                PiiAudit.Report(sink, PiiAction.Transfer, descriptor.Type, members[i].Name, members[i].Kind);
            }
        }

        return export;
    }
}
