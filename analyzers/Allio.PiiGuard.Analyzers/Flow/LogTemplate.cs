using System.Collections.Generic;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Reads a structured-logging message template (<c>"User {@User} signed in from {Ip}"</c>) far enough to
/// know which holes destructure their value (<c>@</c>): those write the object's members, not its text.
/// </summary>
internal static class LogTemplate
{
    /// <summary>For each hole in order, whether it destructures.</summary>
    public static List<bool> DestructuringHoles(string template)
    {
        var holes = new List<bool>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            holes.Add(end > i + 1 && template[i + 1] == '@');
            i = end;
        }

        return holes;
    }
}
