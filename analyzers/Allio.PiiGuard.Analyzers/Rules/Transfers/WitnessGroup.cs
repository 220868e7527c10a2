using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>The data entering a transfer through one operation.</summary>
internal sealed record WitnessGroup(IOperation Witness, List<TransferredDatum> Data);
