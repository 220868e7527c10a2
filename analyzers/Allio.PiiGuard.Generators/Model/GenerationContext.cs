namespace Allio.PiiGuard.Generators.Model;

/// <summary>What the compilation offers the generated code, reduced to flags so it caches.</summary>
/// <param name="HasRuntime">The runtime library <c>Allio.PiiGuard</c> with the hook contracts is referenced (an older one has the marks but not the contracts).</param>
/// <param name="HasModuleInitializer">The target framework has <c>ModuleInitializerAttribute</c>.</param>
/// <param name="RegistryClassName">The registry class name, unique per assembly so InternalsVisibleTo cannot make two collide (CS0436).</param>
internal readonly record struct GenerationContext(bool HasRuntime, bool HasModuleInitializer, string RegistryClassName);
