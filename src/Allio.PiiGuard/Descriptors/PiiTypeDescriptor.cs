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
        => TypedMembers = members;

    /// <summary>The members, typed for the shared erasure and export.</summary>
    internal PiiMemberDescriptor<T>[] TypedMembers { get; }

    /// <inheritdoc />
    public override Type Type => typeof(T);
}
