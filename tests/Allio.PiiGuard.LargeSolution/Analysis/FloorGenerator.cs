using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// Listens for <c>[Pii]</c> the way PiiGuard's generator does and emits nothing: its time per edit is the floor
/// any such generator pays (the compiler binding the marked declarations of a new compilation), to read
/// PiiGuard's figure against. Both outputs are registered so the driver runs the steps.
/// </summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var marks = context.SyntaxProvider
            .ForAttributeWithMetadataName("Allio.PiiGuard.PiiAttribute", static (_, _) => true, static (_, _) => true)
            .WithTrackingName("FloorMarks");
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName)
            .WithTrackingName("FloorContext");
        context.RegisterSourceOutput(marks, static (_, _) => { });
        context.RegisterSourceOutput(assemblyName, static (_, _) => { });
    }
}
