using System;
using System.Collections.Generic;
using System.Linq;
using Allio.PiiGuard.Policy.Json;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// Reads <c>piiguard.json</c>. The analyzers, the CLI and the runtime library all call this one loader,
/// so that they accept exactly the same files and report the same problems.
/// </summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
static class PiiPolicyLoader
{
    /// <summary>The name the build props give the policy file.</summary>
    public const string FileName = "piiguard.json";

    /// <summary>
    /// Reads a policy from its text. Never throws on bad input: every problem comes back located in
    /// <see cref="PolicyLoadResult.Problems"/>.
    /// </summary>
    /// <param name="text">The file's content; a leading byte order mark is ignored.</param>
    public static PolicyLoadResult Load(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var problems = new List<PolicyProblem>();
        var root = JsonParser.Parse(text, problems);
        PiiPolicy? policy = null;
        if (root is JsonObject rootObject)
        {
            policy = new PolicyReader(problems).Read(rootObject);
        }
        else if (root is not null)
        {
            problems.Add(PolicyProblem.At(root.Span, PolicyProblemCodes.WrongType,
                $"The policy must be a JSON object {{ … }}, not {root.TypeName}."));
        }

        // Problems are found section by section; readers expect them top to bottom.
        return new PolicyLoadResult(policy, problems.OrderBy(p => p.Offset).ToArray());
    }
}
