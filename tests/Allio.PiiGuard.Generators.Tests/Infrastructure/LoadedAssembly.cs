using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>
/// A compiled shape loaded into a collectible context. The runtime library resolves to the test's own copy
/// (the context defers to the default one), so sinks and interfaces are the same types on both sides.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        this.context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static LoadedAssembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        // The module initializer (descriptor registration) runs when the module is first touched.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return new LoadedAssembly(context, assembly);
    }

    /// <summary>Calls a static method of the type with that simple name, in whatever namespace it is declared.</summary>
    public object Invoke(string typeName, string method)
        => Assembly.GetTypes().Single(type => type.Name == typeName).GetMethod(method)!.Invoke(null, null)!;

    public void Dispose() => context.Unload();
}
