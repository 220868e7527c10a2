using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>Personal data that one call or construction sends to one target.</summary>
/// <param name="Target">Who receives it.</param>
/// <param name="Sink">How messages name the call (<c>RightsHolderClient.Send</c>, <c>HttpClient.PostAsJsonAsync</c>).</param>
/// <param name="Data">The data sent, whole objects expanded into their personal members, in the engine's order.</param>
internal sealed record Transfer(TransferTarget Target, string Sink, IReadOnlyList<TransferredDatum> Data)
{
    /// <summary>The data grouped by the operation through which it enters the sent value: rules report once per group.</summary>
    public IReadOnlyList<WitnessGroup> ByWitness()
    {
        var groups = new List<WitnessGroup>();
        foreach (var datum in Data)
        {
            if (groups.Count == 0 || !ReferenceEquals(groups[groups.Count - 1].Witness, datum.Witness))
            {
                groups.Add(new WitnessGroup(datum.Witness, new List<TransferredDatum>()));
            }

            groups[groups.Count - 1].Data.Add(datum);
        }

        return groups;
    }
}
