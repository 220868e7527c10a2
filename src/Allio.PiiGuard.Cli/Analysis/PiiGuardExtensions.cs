using System.Collections.Immutable;
using System.Reflection;
using Allio.PiiGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>
/// The analyzers and generators of PiiGuard, found by reflection in the assemblies the compiler loads,
/// so a rule added to the analyzer project is run by the CLI without touching it.
/// </summary>
public sealed class PiiGuardExtensions
{
    private PiiGuardExtensions(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<IIncrementalGenerator> generators)
    {
        Analyzers = analyzers;
        Generators = generators;
    }

    /// <summary>Every C# <see cref="DiagnosticAnalyzer"/> of the analyzer assembly, in type-name order.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every C# incremental generator of the generator assembly.</summary>
    public ImmutableArray<IIncrementalGenerator> Generators { get; }

    /// <summary>File names of the shipped compiler extensions, to recognise them among a project's analyzer references.</summary>
    public static readonly ImmutableArray<string> AssemblyFileNames =
        ["Allio.PiiGuard.Analyzers.dll", "Allio.PiiGuard.Generators.dll", "Allio.PiiGuard.CodeFixes.dll"];

    /// <summary>Loads the extensions shipped with the tool.</summary>
    public static PiiGuardExtensions Load() => new(
        Instantiate<DiagnosticAnalyzer>(typeof(RuleIdentifiers).Assembly),
        Instantiate<IIncrementalGenerator>(GeneratorAssembly()));

    /// <summary>These extensions plus <paramref name="analyzers"/>.</summary>
    internal PiiGuardExtensions With(params DiagnosticAnalyzer[] analyzers) => new([.. Analyzers, .. analyzers], Generators);

    private static Assembly GeneratorAssembly() =>
        Assembly.Load(new AssemblyName("Allio.PiiGuard.Generators"));

    private static ImmutableArray<T> Instantiate<T>(Assembly assembly)
        where T : class
    {
        return
        [
            .. LoadableTypes(assembly)
                .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false }
                               && typeof(T).IsAssignableFrom(type)
                               && IsForCSharp(type)
                               && type.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (T)Activator.CreateInstance(type)!),
        ];
    }

    /// <summary>Honours <c>[DiagnosticAnalyzer(LanguageNames.CSharp)]</c> / <c>[Generator]</c> as the compiler does.</summary>
    private static bool IsForCSharp(Type type)
    {
        if (type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } analyzer)
        {
            return analyzer.Languages.Contains(LanguageNames.CSharp);
        }

        return type.GetCustomAttribute<GeneratorAttribute>() is { } generator
               && generator.Languages.Contains(LanguageNames.CSharp);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
