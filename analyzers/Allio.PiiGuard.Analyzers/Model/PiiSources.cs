using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Where a compilation's personal data can come from: marks (if any can exist) and inference (if it is on).
/// Decided once per compilation and shared by every rule: when neither can supply a source, the flow rules
/// register nothing and a project without marks pays (almost) nothing for them.
/// </summary>
internal sealed class PiiSources
{
    private static readonly ConditionalWeakTable<Compilation, PiiSources> Instances = new();

    private PiiSources(PiiInference inference, bool mayHoldMarks, bool exist)
    {
        Inference = inference;
        MayHoldMarks = mayHoldMarks;
        Exist = exist;
    }

    /// <summary>False only when it is certain that nothing carries a mark: rules about what marks declare have nothing to check.</summary>
    public bool MayHoldMarks { get; }

    /// <summary>The inference mode of the compilation's files.</summary>
    public PiiInference Inference { get; }

    /// <summary>False only when it is certain that no symbol of the compilation or its references is personal data.</summary>
    public bool Exist { get; }

    /// <summary>The sources of <paramref name="compilation"/> under <paramref name="options"/>, computed on first use.</summary>
    public static PiiSources For(Compilation compilation, AnalyzerOptions? options) =>
        Instances.GetValue(compilation, c =>
        {
            var inference = PiiInference.From(options);
            var mayHoldMarks = MarkPresence.MayHoldMarks(c);

            // Whether inference is on anywhere reads every file's options: asked only when no mark can exist.
            return new PiiSources(inference, mayHoldMarks, exist: mayHoldMarks || inference.IsOnAnywhere(c));
        });
}
