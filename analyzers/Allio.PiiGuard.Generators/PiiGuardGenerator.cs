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
/// Only equatable plain data flows past the parser.
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
        var generation = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationContext(
                compilation.GetTypeByMetadataName(GeneratedNames.RedactableInterface) is not null,
                compilation.GetTypeByMetadataName(GeneratedNames.ModuleInitializerAttribute) is not null,
                RegistryEmitter.ClassName(compilation.AssemblyName)))
            .WithTrackingName(TrackingNames.Context);

        var personal = Listen(context, WellKnownNames.PiiAttribute, TrackingNames.PiiMarks);
        var sensitive = Listen(context, WellKnownNames.SensitivePiiAttribute, TrackingNames.SensitivePiiMarks);
        var biometric = Listen(context, WellKnownNames.BiometricPiiAttribute, TrackingNames.BiometricPiiMarks);
        foreach (var types in new[] { personal, sensitive, biometric })
        {
            context.RegisterSourceOutput(types.Combine(generation), static (output, source) => Emit(output, source.Left, source.Right));
        }

        var registered = Registered(personal).Combine(Registered(sensitive)).Combine(Registered(biometric))
            .Select(static (names, _) => InRegistryOrder(names.Left.Left, names.Left.Right, names.Right))
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
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                // Any declaration the mark can sit on: the type, a member or a primary-constructor parameter.
                static (_, _) => true,
                static (attributeContext, cancellationToken) => TypeParser.Parse(attributeContext, cancellationToken))
            .WithTrackingName(trackingName)
            .SelectMany(static (result, _) => result is { } parsed ? ImmutableArray.Create(parsed) : ImmutableArray<ParseResult>.Empty)
            .WithTrackingName(TrackingNames.Types);

    private static IncrementalValueProvider<ImmutableArray<RegisteredType>> Registered(IncrementalValuesProvider<ParseResult> types)
        => types
            .SelectMany(static (result, _) => result.Type is { IsRegistered: true } type
                ? ImmutableArray.Create(new RegisteredType(result.Key, type.FullyQualifiedName))
                : ImmutableArray<RegisteredType>.Empty)
            .WithTrackingName(TrackingNames.RegisteredTypes)
            .Collect();

    /// <summary>The registry's names ordered by hint name, whichever pipeline owned each type.</summary>
    private static EquatableArray<string> InRegistryOrder(params ImmutableArray<RegisteredType>[] groups)
    {
        var all = new List<RegisteredType>();
        foreach (var group in groups)
        {
            all.AddRange(group);
        }

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
