using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Allio.PiiGuard.Generators.Tests.Shapes;
using Xunit.Abstractions;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// Every shape is generated, compiled (zero warnings, zero errors), emitted, loaded in a collectible context
/// and its hooks run: redaction never shows the planted secret, export returns it, erasure removes it.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class ShapeMatrixTests(ITestOutputHelper output)
{
    public static TheoryData<Shape> Shapes => ShapeCatalog.All();

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_compiles_clean_and_its_hooks_never_leak(Shape shape)
    {
        var result = GeneratorHarness.Run(shape.Source);
        output.WriteLine(result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.Equal(shape.ExpectedDiagnostics.Order(), result.GeneratorDiagnostics.Select(static d => d.Id).Order());

        using var loaded = LoadedAssembly.Load(result.Output);
        var instance = loaded.Invoke("Probe", "Create");
        Assert.DoesNotContain(ShapeCatalog.Secret, instance.ToString());
        if (!shape.HasHooks)
        {
            Assert.IsNotAssignableFrom<IPiiRedactable>(instance);
            return;
        }

        var sink = new InMemoryPiiAuditSink();
        PiiAudit.Sink = sink;
        try
        {
            RunHooks(shape, instance, sink);
        }
        finally
        {
            PiiAudit.Sink = null;
        }
    }

    private static void RunHooks(Shape shape, object instance, InMemoryPiiAuditSink sink)
    {
        Assert.Contains("[redacted:", Hooks.AppendRedacted(instance, null));
        Assert.DoesNotContain(ShapeCatalog.Secret, Hooks.AppendRedacted(instance, null));
        Assert.DoesNotContain(ShapeCatalog.Secret, Hooks.AppendRedacted(instance, StarRedactorProvider.Instance));
        Assert.DoesNotContain(ShapeCatalog.Secret, Hooks.ToStringWith(instance, StarRedactorProvider.Instance));

        var descriptor = Hooks.Descriptor(instance.GetType());
        Assert.True(descriptor.Type.IsAssignableFrom(instance.GetType()));
        Assert.NotEmpty(descriptor.Members);
        Assert.All(descriptor.Members, member => member.GetBoxedValue(instance));

        var exported = Hooks.Export(instance);
        Assert.NotEmpty(exported);
        Assert.Equal(exported.Count, exported.Select(static entry => entry.Key).Distinct().Count());

        var erased = Hooks.Erase(instance);
        if (shape.ErasesEverything)
        {
            Assert.Equal(exported.Select(static entry => entry.Key), erased);
            Assert.DoesNotContain(Hooks.Export(instance), entry => Hooks.Text(entry.Value).Contains(ShapeCatalog.Secret));
        }

        Assert.NotEmpty(sink.Events);
        Assert.Contains(sink.Events, static e => e.Action == PiiAction.Transfer);
        Assert.All(sink.Events, static e => Assert.DoesNotContain(ShapeCatalog.Secret, e.ToString() + e.Member + e.Purpose));
    }
}
