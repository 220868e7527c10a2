using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Emission;
using Allio.PiiGuard.Generators.Model;
using Allio.PiiGuard.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators;

/// <summary>
/// Gives every <c>partial</c> type holding personal data its redaction, descriptor, erasure, export
/// and audit hooks. One <c>ForAttributeWithMetadataName</c> pipeline per PiiGuard mark (it matches
/// attribute classes by exact name), merged per type; only equatable plain data flows past the parser.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PiiGuardGenerator : IIncrementalGenerator
{
    /// <summary>The marks the pipelines listen for. Types marked only by other classifications get no hooks.</summary>
    internal static readonly string[] ListenedAttributes =
    [
        WellKnownNames.PiiAttribute,
        WellKnownNames.SensitivePiiAttribute,
        WellKnownNames.BiometricPiiAttribute,
    ];

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var personal = Listen(context, WellKnownNames.PiiAttribute, TrackingNames.PiiMarks);
        var sensitive = Listen(context, WellKnownNames.SensitivePiiAttribute, TrackingNames.SensitivePiiMarks);
        var biometric = Listen(context, WellKnownNames.BiometricPiiAttribute, TrackingNames.BiometricPiiMarks);

        var types = personal.Combine(sensitive).Combine(biometric)
            .SelectMany(static (marks, _) => MergeByType(marks.Left.Left, marks.Left.Right, marks.Right))
            .WithTrackingName(TrackingNames.Types);

        var generation = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationContext(
                compilation.GetTypeByMetadataName(GeneratedNames.RedactableInterface) is not null,
                compilation.GetTypeByMetadataName(GeneratedNames.ModuleInitializerAttribute) is not null,
                RegistryEmitter.ClassName(compilation.AssemblyName)))
            .WithTrackingName(TrackingNames.Context);

        context.RegisterSourceOutput(types.Combine(generation), static (output, source) => Emit(output, source.Left, source.Right));

        var registered = types
            .Where(static result => result.Type is { IsRegistered: true })
            .Select(static (result, _) => result.Type!.Value.FullyQualifiedName)
            .Collect()
            .WithTrackingName(TrackingNames.Registry);
        context.RegisterSourceOutput(registered.Combine(generation), static (output, source) =>
        {
            if (source.Right.HasRuntime && !source.Left.IsEmpty)
            {
                output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(source.Left, source.Right));
            }
        });
    }

    private static IncrementalValueProvider<ImmutableArray<ParseResult>> Listen(
        IncrementalGeneratorInitializationContext context, string attributeName, string trackingName)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                // Any declaration the mark can sit on: the type, a member or a primary-constructor parameter.
                static (_, _) => true,
                static (attributeContext, cancellationToken) => TypeParser.Parse(attributeContext, cancellationToken))
            .Where(static result => result is not null)
            .Select(static (result, _) => result!.Value)
            .WithTrackingName(trackingName)
            .Collect();

    /// <summary>A type marked several times (or by several marks) is parsed to equal results: keep one, in a stable order.</summary>
    private static ImmutableArray<ParseResult> MergeByType(params ImmutableArray<ParseResult>[] groups)
    {
        var byKey = new SortedDictionary<string, ParseResult>(System.StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var result in group)
            {
                if (!byKey.ContainsKey(result.Key))
                {
                    byKey.Add(result.Key, result);
                }
            }
        }

        return ImmutableArray.CreateRange(byKey.Values);
    }

    private static void Emit(SourceProductionContext output, ParseResult result, GenerationContext generation)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            output.ReportDiagnostic(Diagnostic.Create(
                GeneratorDiagnostics.ById(diagnostic.Id),
                diagnostic.Location?.ToLocation(),
                [.. diagnostic.Arguments]));
        }

        if (result.Type is { } type && generation.HasRuntime)
        {
            output.AddSource(type.HintName, TypeEmitter.Emit(type));
        }
    }
}
