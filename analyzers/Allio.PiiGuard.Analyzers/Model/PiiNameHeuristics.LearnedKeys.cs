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
        if (container?.ContainingAssembly is not { } assembly || Shape(type) is not { } shape
            || (shape & (Shapes.Text | Shapes.Number | Shapes.Guid)) == 0)
        {
            return null;
        }

        var keys = LearnedKeysByAssembly.GetValue(assembly, LearnPersonKeys);
        if (keys.Count == 0)
        {
            return null;
        }

        // The key closes the name (DelegateHdid, SubjectHdId, DependentHdids): a refinement before it says whose.
        var words = Words(name);
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
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    pending.Push(nested);
                }
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

    /// <summary>
    /// A name that is an acronym and "id", nothing else (<c>Hdid</c>, <c>HdId</c>, <c>Pid</c>): one or two letters and id.
    /// Words (<c>RowId</c>) and the forms of a generated key (<c>Guid</c>, <c>Uuid</c>) are not.
    /// </summary>
    private static string? AcronymKey(string name)
    {
        var words = Words(name);
        var spelling = string.Concat(words);
        return spelling.Length is 3 or 4 && spelling.EndsWith("id", System.StringComparison.Ordinal) && spelling is not ("guid" or "uuid")
            && (words.Count == 1 || (words.Count == 2 && words[1] == "id"))
            ? spelling
            : null;
    }
}
