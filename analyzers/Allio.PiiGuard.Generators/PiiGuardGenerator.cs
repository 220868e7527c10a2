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
/// attribute classes by exact name); each type is parsed and emitted by the delivery of its first mark
/// (<see cref="MarkOwner"/>), so types flow item by item and only the registry collects them.
/// Only equatable plain data flows past the parser. Which marks it listens for is <see cref="GeneratedHooks"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PiiGuardGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var generation = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationContext(
                compilation.GetTypeByMetadataName(GeneratedNames.NewestRuntimeContract) is { } contract
                    && !contract.GetMembers(GeneratedNames.NewestRuntimeMember).IsEmpty,
                compilation.GetTypeByMetadataName(GeneratedNames.ModuleInitializerAttribute) is not null,
                RegistryEmitter.ClassName(compilation.AssemblyName)))
            .WithTrackingName(TrackingNames.Context);

        var pipelines = new[]
        {
            Listen(context, WellKnownNames.PiiAttribute, TrackingNames.PiiMarks),
            Listen(context, WellKnownNames.SensitivePiiAttribute, TrackingNames.SensitivePiiMarks),
            Listen(context, WellKnownNames.BiometricPiiAttribute, TrackingNames.BiometricPiiMarks),
            Listen(context, WellKnownNames.IdentityPersonalDataAttribute, TrackingNames.IdentityMarks),
            Listen(context, WellKnownNames.IdentityProtectedPersonalDataAttribute, TrackingNames.ProtectedIdentityMarks),
            // Records marked only through [property: Pii] parameters: read from the files' declarations, never their bodies.
            context.CompilationProvider
                .Select(static (compilation, cancellationToken) => PropertyTargetedMarks.ParseAll(compilation, cancellationToken))
                .WithTrackingName(TrackingNames.PropertyTargetedMarks)
                .SelectMany(static (results, _) => results)
                .WithTrackingName(TrackingNames.Types),
        };
        var registeredTypes = Registered(pipelines[0]);
        var hookedNames = HookedNames(pipelines[0]);
        for (var i = 0; i < pipelines.Length; i++)
        {
            context.RegisterSourceOutput(pipelines[i].Combine(generation), static (output, source) => Emit(output, source.Left, source.Right));
            if (i > 0)
            {
                registeredTypes = registeredTypes.Combine(Registered(pipelines[i])).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
                hookedNames = hookedNames.Combine(HookedNames(pipelines[i])).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
            }
        }

        // Containers: found by syntax (declarations only) against the names of the types above, confirmed by binding (no registry entry).
        var containers = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ContainerCandidates.ReadAll(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.PartialDeclarations)
            .Combine(hookedNames)
            .Select(static (pair, _) => ContainerCandidates.Select(pair.Left, EquatableArray.From(pair.Right)))
            .WithTrackingName(TrackingNames.ContainerCandidates)
            .SelectMany(static (names, _) => names)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => ContainerParser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Containers);
        context.RegisterSourceOutput(Delivered(containers).Combine(generation), static (output, source) => Emit(output, source.Left, source.Right));

        var registered = registeredTypes
            .Select(static (names, _) => InRegistryOrder(names))
            .WithTrackingName(TrackingNames.Registry);
        context.RegisterSourceOutput(registered.Combine(generation), static (output, source) =>
        {
            if (source.Right.HasRuntime && !source.Left.IsEmpty)
            {
                output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(source.Left, source.Right));
            }
        });
    }

    private static IncrementalValuesProvider<ParseResult> Listen(
        IncrementalGeneratorInitializationContext context, string attributeName, string trackingName)
        => Delivered(context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                // Any declaration the mark can sit on: the type, a member or a primary-constructor parameter.
                static (_, _) => true,
                (attributeContext, cancellationToken) => TypeParser.Parse(attributeContext, attributeName, cancellationToken))
            .WithTrackingName(trackingName));

    /// <summary>The types a pipeline's deliveries own (a delivery that does not own its type yields none).</summary>
    private static IncrementalValuesProvider<ParseResult> Delivered(IncrementalValuesProvider<ParseResult?> deliveries)
        => deliveries
            .SelectMany(static (result, _) => result is { } parsed ? ImmutableArray.Create(parsed) : ImmutableArray<ParseResult>.Empty)
            .WithTrackingName(TrackingNames.Types);

    private static IncrementalValueProvider<ImmutableArray<RegisteredType>> Registered(IncrementalValuesProvider<ParseResult> types)
        => types
            .SelectMany(static (result, _) => result.Type is { IsRegistered: true } type
                ? ImmutableArray.Create(new RegisteredType(result.Key, type.FullyQualifiedName))
                : ImmutableArray<RegisteredType>.Empty)
            .WithTrackingName(TrackingNames.RegisteredTypes)
            .Collect();

    /// <summary>The simple names of the types a pipeline gives hooks, which containers spell.</summary>
    private static IncrementalValueProvider<ImmutableArray<string>> HookedNames(IncrementalValuesProvider<ParseResult> types)
        => types
            .SelectMany(static (result, _) => result.Type is { } type ? ImmutableArray.Create(type.DisplayName) : ImmutableArray<string>.Empty)
            .Collect();

    /// <summary>The registry's names ordered by hint name, whichever pipeline owned each type.</summary>
    private static EquatableArray<string> InRegistryOrder(ImmutableArray<RegisteredType> types)
    {
        var all = new List<RegisteredType>(types);
        all.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return EquatableArray.From(all.ConvertAll(static type => type.FullyQualifiedName));
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
