using System.Text;
using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// Reads the member table generated code passes a type descriptor: one string instead of a constructor call per member,
/// which the compiler would bind and emit for every type. Members are separated by <c>;</c>, a member's fields by
/// <c>|</c>, list items by <c>,</c>; <c>\</c> escapes any of these four. A member is
/// <c>Name|Kind|Cflags</c> then optional fields tagged by their first character: <c>p</c> purposes, <c>s</c> subjects,
/// <c>r</c> retention, <c>j</c> JSON name. <c>C</c> is the classification (<c>P</c>ersonal, <c>S</c>ensitive,
/// <c>B</c>iometric); the flags are <c>w</c> (the type's writer writes it), <c>t</c> (erased to the string tombstone)
/// and <c>x</c> (not a string: its type is the next of the <see cref="PiiMemberType"/>s given).
/// </summary>
internal static class PiiMemberTable
{
    private static readonly Dictionary<string, PiiKind> Kinds = BuildKinds();

    public static PiiMemberDescriptor<T>[] Parse<T>(string table, PiiMemberType[] types)
    {
        if (table.Length == 0)
        {
            return [];
        }

        var records = Split(table, ';');
        var members = new PiiMemberDescriptor<T>[records.Count];
        // Members that declare the same list share one array.
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nextType = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var fields = Split(records[i], '|');
            if (fields.Count < 3 || fields[2].Length == 0 || !Kinds.TryGetValue(fields[1], out var kind))
            {
                throw Malformed(records[i]);
            }

            var name = Unescape(fields[0]);
            var flags = fields[2];
            string[]? purposes = null, subjects = null;
            string? retention = null, jsonName = null;
            for (var f = 3; f < fields.Count; f++)
            {
                var value = fields[f].Length > 0 ? fields[f].Substring(1) : throw Malformed(records[i]);
                switch (fields[f][0])
                {
                    case 'p': purposes = List(lists, value); break;
                    case 's': subjects = List(lists, value); break;
                    case 'r': retention = Unescape(value); break;
                    case 'j': jsonName = Unescape(value); break;
                    default: throw Malformed(records[i]);
                }
            }

            var classification = Classification(flags[0]) ?? throw Malformed(records[i]);
            var canWrite = flags.IndexOf('w') > 0;
            var tombstone = flags.IndexOf('t') > 0;
            if (flags.IndexOf('x') > 0)
            {
                var type = nextType < types.Length ? types[nextType++] : throw Malformed(records[i]);
                members[i] = type.Create<T>(name, kind, classification, canWrite, purposes, subjects, retention, jsonName, tombstone);
            }
            else
            {
                members[i] = new PiiMemberDescriptor<T, string>(name, kind, classification, canWrite, purposes, subjects, retention, jsonName, tombstone);
            }
        }

        return nextType == types.Length ? members : throw new ArgumentException("More member types than members that are not strings.", nameof(types));
    }

    private static DataClassification? Classification(char code) => code switch
    {
        'P' => PiiTaxonomy.Personal,
        'S' => PiiTaxonomy.Sensitive,
        'B' => PiiTaxonomy.Biometric,
        _ => null,
    };

    private static string[] List(Dictionary<string, string[]> lists, string text)
    {
        if (!lists.TryGetValue(text, out var list))
        {
            var items = Split(text, ',');
            list = new string[items.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = Unescape(items[i]);
            }

            lists.Add(text, list);
        }

        return list;
    }

    /// <summary>The parts between unescaped separators, escapes kept for the next level.</summary>
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static Dictionary<string, PiiKind> BuildKinds()
    {
        // PiiKind is dense from 0 to Other; no Enum.GetValues, which is not AOT-friendly.
        var kinds = new Dictionary<string, PiiKind>(StringComparer.Ordinal);
        for (var kind = PiiKind.Unspecified; kind <= PiiKind.Other; kind++)
        {
            kinds.Add(kind.ToString(), kind);
        }

        return kinds;
    }

    private static ArgumentException Malformed(string record)
        => new("The generated member table has a malformed member: " + record, "members");
}
