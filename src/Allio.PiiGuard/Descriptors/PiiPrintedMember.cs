namespace Allio.PiiGuard;

/// <summary>
/// One member a generated <c>ToString()</c> prints, in the order it prints them: its labels, the index the type's reader
/// reads it at and, for a personal member, its descriptor (printed as a marker or redacted, never raw).
/// </summary>
internal sealed class PiiPrintedMember<T>
{
    private PiiPrintedMember(string name, int index, PiiMemberDescriptor<T>? personal)
    {
        FirstLabel = name + " = ";
        Label = ", " + FirstLabel;
        Index = index;
        Personal = personal;
    }

    /// <summary><c>Name = </c>: the label of the first member printed.</summary>
    public string FirstLabel { get; }

    /// <summary><c>, Name = </c>: the label of any later member.</summary>
    public string Label { get; }

    /// <summary>What the type's reader reads the member at.</summary>
    public int Index { get; }

    /// <summary>The personal member's descriptor, or null for a member that is not personal.</summary>
    public PiiMemberDescriptor<T>? Personal { get; }

    /// <summary>
    /// Reads the generated list of printed members: comma-separated entries in print order, a number being the index of a
    /// personal member in <paramref name="members"/>, a name a member that is not personal, which the reader reads at
    /// the number of personal members plus its position among the members that are not.
    /// </summary>
    public static PiiPrintedMember<T>[] Parse(string printed, PiiMemberDescriptor<T>[] members)
    {
        if (printed.Length == 0)
        {
            return [];
        }

        var entries = printed.Split(',');
        var result = new PiiPrintedMember<T>[entries.Length];
        var plain = members.Length;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Length > 0 && entry[0] is >= '0' and <= '9')
            {
                // An identifier never starts with a digit: this is a personal member's index.
                var index = int.Parse(entry, System.Globalization.CultureInfo.InvariantCulture);
                if ((uint)index >= (uint)members.Length)
                {
                    throw new ArgumentException("The printed member " + entry + " is not a member of the descriptor.", nameof(printed));
                }

                result[i] = new PiiPrintedMember<T>(members[index].Name, index, members[index]);
            }
            else
            {
                result[i] = new PiiPrintedMember<T>(entry, plain++, null);
            }
        }

        return result;
    }
}
