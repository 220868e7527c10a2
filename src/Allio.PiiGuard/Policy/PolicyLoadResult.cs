using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>What <see cref="PiiPolicyLoader.Load"/> found: the policy, as far as it could be read, and every problem.</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicyLoadResult
{
    /// <summary>Creates a result.</summary>
    public PolicyLoadResult(PiiPolicy? policy, IReadOnlyList<PolicyProblem> problems)
    {
        Policy = policy;
        Problems = problems;
    }

    /// <summary>
    /// The policy; null only when the text is not a JSON object at all. With problems present it holds
    /// what could be read: entries without a usable id are left out, other values are kept as written.
    /// </summary>
    public PiiPolicy? Policy { get; }

    /// <summary>Every problem found, in the order they appear in the file.</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    /// <summary>True when the file is valid.</summary>
    public bool IsValid => Problems.Count == 0;
}
