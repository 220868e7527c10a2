namespace Allio.PiiGuard;

/// <summary>The personal-data members of one type, generated at compile time.</summary>
public abstract class PiiTypeDescriptor
{
    private protected PiiTypeDescriptor(IReadOnlyList<PiiMemberDescriptor> members) => Members = members;

    /// <summary>The described type.</summary>
    public abstract Type Type { get; }

    /// <summary>The personal-data members the type declares or inherits (accessible ones), base type first.</summary>
    public IReadOnlyList<PiiMemberDescriptor> Members { get; }

    /// <summary>The member named <paramref name="name"/>, or null.</summary>
    public PiiMemberDescriptor? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>The personal-data members of <typeparamref name="T"/>.</summary>
public sealed class PiiTypeDescriptor<T> : PiiTypeDescriptor
{
    /// <summary>Created by generated code.</summary>
    public PiiTypeDescriptor(params PiiMemberDescriptor<T>[] members)
        : base(members)
    {
        foreach (var member in members)
        {
            if (!member.IsBound)
            {
                throw new ArgumentException("The member " + member.Name + " has no accessors: pass the type's reader and writer.", nameof(members));
            }
        }

        TypedMembers = members;
    }

    /// <summary>
    /// Created by generated code: <paramref name="reader"/> and <paramref name="writer"/> read and write every member by
    /// its index in <paramref name="members"/>, which were created without accessors.
    /// </summary>
    public PiiTypeDescriptor(PiiMemberReader<T> reader, PiiMemberWriter<T> writer, params PiiMemberDescriptor<T>[] members)
        : base(members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            members[i].Bind(reader, writer, i);
        }

        TypedMembers = members;
    }

    /// <summary>
    /// Created by generated code: as <see cref="PiiTypeDescriptor{T}(PiiMemberReader{T}, PiiMemberWriter{T}, PiiMemberDescriptor{T}[])"/>,
    /// and the members the type's <c>ToString()</c> prints (<see cref="PiiRedaction.AppendMembers{T}"/>), in order and
    /// comma-separated: a number is the index of a personal member in <paramref name="members"/>, printed redacted; a name
    /// is a member that is not personal, which <paramref name="reader"/> reads at <c>members.Length</c> plus its position
    /// among those, printed as it is.
    /// </summary>
    public PiiTypeDescriptor(PiiMemberReader<T> reader, PiiMemberWriter<T> writer, string printed, params PiiMemberDescriptor<T>[] members)
        : this(reader, writer, members)
    {
        Reader = reader;
        Printed = PiiPrintedMember<T>.Parse(printed ?? throw new ArgumentNullException(nameof(printed)), members);
    }

    /// <summary>
    /// Created by generated code: as <see cref="PiiTypeDescriptor{T}(PiiMemberReader{T}, PiiMemberWriter{T}, string, PiiMemberDescriptor{T}[])"/>,
    /// the members given as one table (one string the runtime reads, instead of a constructor call per member in the
    /// generated code): <c>Name|Kind|Cflags</c> per member, separated by <c>;</c>, with optional <c>|p</c>urposes,
    /// <c>|s</c>ubjects (comma-separated), <c>|r</c>etention and <c>|j</c>son name; <c>C</c> is <c>P</c>, <c>S</c> or
    /// <c>B</c> (the <see cref="PiiTaxonomy"/> classification), the flags <c>w</c> (writable), <c>t</c> (erased to the
    /// string tombstone) and <c>x</c> (not a string: of the next of <paramref name="types"/>); <c>\</c> escapes <c>; | , \</c>.
    /// </summary>
    public PiiTypeDescriptor(PiiMemberReader<T> reader, PiiMemberWriter<T> writer, string printed, string members, params PiiMemberType[] types)
        : this(reader, writer, printed, PiiMemberTable.Parse<T>(members ?? throw new ArgumentNullException(nameof(members)), types ?? []))
    {
    }

    /// <summary>The members <c>ToString()</c> prints, in order; empty when the generated code prints them itself.</summary>
    internal PiiPrintedMember<T>[] Printed { get; } = [];

    /// <summary>The type's reader, for printing; null when the generated code prints the members itself.</summary>
    internal PiiMemberReader<T>? Reader { get; }

    /// <summary>The members, typed for the shared erasure and export.</summary>
    internal PiiMemberDescriptor<T>[] TypedMembers { get; }

    /// <inheritdoc />
    public override Type Type => typeof(T);
}
