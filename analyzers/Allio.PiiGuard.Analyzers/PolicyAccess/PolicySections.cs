using System.Collections.Generic;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>Uniform access to the id-bearing sections, so that one check serves purposes, subjects, recipients and stores.</summary>
internal static class PolicySections
{
    /// <summary>The JSON key of the section, as messages name it.</summary>
    public static string Key(PolicySection section) => section switch
    {
        PolicySection.Purposes => "purposes",
        PolicySection.Subjects => "subjects",
        PolicySection.Recipients => "recipients",
        _ => "stores",
    };

    /// <summary>What one entry of the section is called in messages.</summary>
    public static string EntryName(PolicySection section) => section switch
    {
        PolicySection.Purposes => "purpose",
        PolicySection.Subjects => "data subject",
        PolicySection.Recipients => "recipient",
        _ => "store",
    };

    /// <summary>True when the section declares <paramref name="id"/>.</summary>
    public static bool Declares(PiiPolicy policy, PolicySection section, string id) => section switch
    {
        PolicySection.Purposes => policy.FindPurpose(id) is not null,
        PolicySection.Subjects => policy.FindSubject(id) is not null,
        PolicySection.Recipients => policy.FindRecipient(id) is not null,
        _ => policy.FindStore(id) is not null,
    };

    /// <summary>The ids the section declares, in file order.</summary>
    public static IEnumerable<string> Ids(PiiPolicy policy, PolicySection section)
    {
        switch (section)
        {
            case PolicySection.Purposes:
                foreach (var purpose in policy.Purposes)
                {
                    yield return purpose.Id;
                }

                break;
            case PolicySection.Subjects:
                foreach (var subject in policy.Subjects)
                {
                    yield return subject.Id;
                }

                break;
            case PolicySection.Recipients:
                foreach (var recipient in policy.Recipients)
                {
                    yield return recipient.Id;
                }

                break;
            default:
                foreach (var store in policy.Stores)
                {
                    yield return store.Id;
                }

                break;
        }
    }
}
