using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Keys of people that a codebase names its own way (<c>Patient.Hdid</c>, <c>PatientIdentity.Pid</c>): an acronym id that
/// a type named with a person declares is that person's key, and so is every member of the same assembly named with it
/// (<c>DependentAddedEvent.DelegateHdid</c>, <c>Note.HdId</c>). Learned once per compilation from its person types.
/// </summary>
internal static partial class PiiNameHeuristics
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> LearnedKeysByAssembly = new();

    /// <summary>The guess for a member named with an acronym key a person's type of its assembly declares, or null.</summary>
    private static Match? LearnedPersonKey(string name, ITypeSymbol type, INamedTypeSymbol? container)
    {
        if (!(name.EndsWith("id", System.StringComparison.OrdinalIgnoreCase) || name.EndsWith("ids", System.StringComparison.OrdinalIgnoreCase))
            || container?.ContainingAssembly is not { } assembly || Shape(type) is not { } shape
            || (shape & (Shapes.Text | Shapes.Number | Shapes.Guid)) == 0)
        {
            return null;
        }

        // Only a name that ends in an acronym id asks what the assembly's person types declare: most never do.
        var words = Words(name);
        if (!EndsInAcronymKey(words))
        {
            return null;
        }

        var keys = LearnedKeysByAssembly.GetValue(assembly, LearnPersonKeys);
        if (keys.Count == 0)
        {
            return null;
        }

        // The key closes the name (DelegateHdid, SubjectHdId, DependentHdids): a refinement before it says whose.
        var tail = string.Empty;
        for (var i = words.Count - 1; i >= 0 && tail.Length < 8; i--)
        {
            tail = words[i] + tail;
            if (keys.Contains(tail) || (tail.EndsWith("ids", System.StringComparison.Ordinal) && keys.Contains(tail.Substring(0, tail.Length - 1))))
            {
                return Disqualifiers.Contains(words[0]) ? null : new Match("OnlineIdentifier", tail, DiscoveryOnly: true);
            }
        }

        return null;
    }

    /// <summary>The acronym ids (<c>hdid</c>, <c>pid</c>) the types of an assembly named with a person declare besides their own <c>Id</c>.</summary>
    private static HashSet<string> LearnPersonKeys(IAssemblySymbol assembly)
    {
        var keys = new HashSet<string>();
        // Declarations only: namespaces, types and member names, no member is bound.
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is INamespaceSymbol ns)
            {
                foreach (var inner in ns.GetNamespaceMembers())
                {
                    pending.Push(inner);
                }
            }

            foreach (var nested in current.GetTypeMembers())
            {
                pending.Push(nested);
            }

            // A type named with a person (Patient, PatientIdentity, UserProfile) holds its keys.
            if (current is INamedTypeSymbol type && Words(type.Name).Exists(PersonNouns.Contains))
            {
                foreach (var memberName in type.MemberNames)
                {
                    if (AcronymKey(memberName) is { } key)
                    {
                        keys.Add(key);
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>True when the last word, or the last two, spell an acronym id (<c>DelegateHdid</c>, <c>SubjectHdId</c>, <c>Hdids</c>).</summary>
    private static bool EndsInAcronymKey(List<string> words)
    {
        var count = words.Count;
        if (count == 0)
        {
            return false;
        }

        var last = words[count - 1];
        if (last.EndsWith("ids", System.StringComparison.Ordinal))
        {
            last = last.Substring(0, last.Length - 1);
        }

        return IsAcronymKey(last) || (count > 1 && words[count - 1] is "id" or "ids" && IsAcronymKey(words[count - 2] + "id"));
    }

    private static bool IsAcronymKey(string spelling) =>
        spelling.Length is 3 or 4 && spelling.EndsWith("id", System.StringComparison.Ordinal) && spelling is not ("guid" or "uuid");

    /// <summary>
    /// A name that is an acronym and "id", nothing else (<c>Hdid</c>, <c>HdId</c>, <c>Pid</c>): one or two letters and id.
    /// Words (<c>RowId</c>) and the forms of a generated key (<c>Guid</c>, <c>Uuid</c>) are not.
    /// </summary>
    private static string? AcronymKey(string name)
    {
        var words = Words(name);
        var spelling = string.Concat(words);
        return IsAcronymKey(spelling) && (words.Count == 1 || (words.Count == 2 && words[1] == "id"))
            ? spelling
            : null;
    }
}
