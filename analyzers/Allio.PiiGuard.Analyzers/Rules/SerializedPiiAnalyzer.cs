using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Analyzers.Rules.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII002: personal data (a marked value, or a whole object whose member graph holds one that is not ignored) is
/// serialized unredacted: System.Text.Json, Newtonsoft.Json, <c>XmlSerializer</c>, DataContract serializers,
/// ASP.NET Core results and endpoint responses. Quiet when the serializer's options are PiiGuard's redacting ones,
/// and in code whose <c>[ProcessingPurpose]</c> the policy marks <c>subjectAccess</c> (serving subjects their own data).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SerializedPiiAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] OptionParameters = ["options", "jsonTypeInfo", "context", "typeInfo"];

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.SerializedPii,
        title: "Personal data is serialized unredacted",
        messageFormat: "Personal data {0} ({1}) is serialized unredacted by '{2}'",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "Serialized data leaves the process: responses, caches, queues, files and logs of other systems "
            + "(152-FZ art. 7 confidentiality and art. 19, GDPR art. 5(1)(b), 5(1)(f) and 32). Serialize a view without personal "
            + "members, mark them ignored, use PiiGuard's redacting JSON options (PiiJson.RedactingModifier), or mark the "
            + "handler with a [ProcessingPurpose] the policy declares as subjectAccess when it serves subjects their own data.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var sinks = SinkSet.Resolve(start.Compilation, SinkKind.Serialization);
            var hasEndpoints = TypePresence.Exists(start.Compilation, "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions")
                || TypePresence.Exists(start.Compilation, "Microsoft.AspNetCore.Mvc.ControllerBase")
                || TypePresence.Exists(start.Compilation, EndpointResponses.GrpcCallContext);
            if ((sinks is null && !hasEndpoints) || PiiFlow.For(start.Compilation, start.Options) is not { } flow)
            {
                return;
            }

            var wrappers = sinks is null ? null : new SinkWrappers(sinks, flow, start.Compilation, wholeObjectWrites: null)
            {
                NameReach = new SinkNameReach(start.Compilation, SinkKind.Serialization),
            };
            var analysis = new Analysis(sinks, flow, new SerializedMembers(flow), new SerializerReaders(flow), PolicyContext.Get(start.Options, start.CancellationToken), wrappers);
            if (sinks is not null)
            {
                start.RegisterOperationAction(analysis.AnalyzeCall, OperationKind.Invocation);
                start.RegisterOperationAction(analysis.AnalyzeConstruction, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
            }

            if (hasEndpoints)
            {
                start.RegisterOperationAction(analysis.AnalyzeReturn, OperationKind.Return);
            }
        });
    }

    /// <summary>Per-compilation state: the serializers present, the engine and the policy's subject-access purposes.</summary>
    private sealed class Analysis(SinkSet? sinks, PiiFlow flow, SerializedMembers members, SerializerReaders readers, PolicyContext policy, SinkWrappers? wrappers)
    {
        public void AnalyzeCall(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (sinks!.MatchCall(invocation) is { } match)
            {
                if (!UsesRedactingOptions(invocation.Arguments))
                {
                    CheckValues(context, match, invocation.Arguments, SinkSet.ValuesOf(match.Row, invocation), readers.Of(match.Row, invocation.Arguments));
                }

                return;
            }

            CheckWrapped(context, invocation);
        }

        /// <summary>
        /// A helper of the compilation whose parameter reaches a serializer (<c>ToJson&lt;T&gt;(this T value) =&gt;
        /// JsonSerializer.Serialize(value)</c>, in this file or another): the value passed is serialized, reported at the
        /// call naming the way through. Which serializer and options the helper uses is not carried over: the value is read
        /// as System.Text.Json reads it by default (public properties), the common case and the one with fewest members.
        /// </summary>
        private void CheckWrapped(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (wrappers is null)
            {
                return;
            }

            foreach (var (argument, sink) in wrappers.WrappedArguments(invocation))
            {
                Check(context, argument.Value, declaredType: null, SinkName.Of(sink.Display), MemberReader.Responses);
            }
        }

        public void AnalyzeConstruction(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (sinks!.MatchConstruction(creation) is { } match)
            {
                CheckValues(context, match, creation.Arguments, SinkSet.ValuesOf(match.Row, creation.Arguments), readers.Of(match.Row, creation.Arguments));
            }
        }

        /// <summary>A value put into what a response writes as JSON (<c>problem.Extensions["mobile"] = c.Mobile</c>).</summary>
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation target && sinks!.MatchAssignment(target) is { } match)
            {
                Check(context, assignment.Value, declaredType: null, match.Name, MemberReader.Responses);
            }
        }

        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (EndpointResponses.ResponseOf(returned, context.ContainingSymbol) is { } response)
            {
                Check(context, returned.ReturnedValue!, declaredType: null, SinkName.Of(response), readers.OfResponse(returned));
            }
        }

        private void CheckValues(
            OperationAnalysisContext context, SinkMatch match, ImmutableArray<IArgumentOperation> arguments, IEnumerable<SinkValue> values, MemberReader reader)
        {
            var declaredType = DeclaredType(arguments);
            var options = OptionsOf(arguments);
            foreach (var value in values)
            {
                Check(context, value.Value, declaredType, match.Name, reader, options);
            }
        }

        /// <param name="options">The options the call is given, whose converters of the application's write their types.</param>
        private void Check(OperationAnalysisContext context, IOperation value, ITypeSymbol? declaredType, SinkName sink, MemberReader reader, IOperation? options = null)
        {
            if (ServesTheSubject(context))
            {
                return;
            }

            var reported = new HashSet<IOperation>();
            var sawWholeObject = false;
            foreach (var hit in flow.GetTaintIncludingWholeObjects(value, reader).Hits)
            {
                if (reported.Contains(hit.Witness))
                {
                    continue;
                }

                if (hit.WholeObject is null)
                {
                    Report(context, hit.Witness, hit.DisplaySource, hit.Pii, sink, reported);
                }
                else
                {
                    // The engine names the type's first personal member; the serializer may skip it, so name one it writes.
                    sawWholeObject = true;
                    if (!RedactingOptions.ConvertsWithOwnConverter(options, hit.WholeObject) && members.Find(hit.WholeObject, reader) is { } written)
                    {
                        Report(context, hit.Witness, written.DisplayIn(hit.WholeObject), written.Pii, sink, reported);
                    }
                }
            }

            // An object whose personal data sits deeper (an envelope around an applicant), or typed by the type info argument;
            // not when the engine saw a whole object whose personal members are all ignored, set to constants before, or
            // overwritten in a copy (which the engine read member by member).
            var unwrapped = EndpointResponses.Unwrap(value);
            var type = declaredType ?? unwrapped.Type;
            if (reported.Count == 0 && !sawWholeObject && type is not null && !EngineReadsMembers(unwrapped)
                && !RedactingOptions.ConvertsWithOwnConverter(options, type) && members.Find(type, reader) is { } nested
                && !(nested.Pii.Source == PiiSource.NameInference && ConfiguredValues.Holds(unwrapped)))
            {
                Report(context, unwrapped, nested.DisplayIn(type), nested.Pii, sink, reported);
            }
        }

        /// <summary>
        /// A copy made <c>with</c> new values, a construction that sets members itself (an anonymous object's), a factory returning such
        /// constructions, a local whose members were set to constants before, or a finished task made from one of them: read
        /// member by member; and the items of a LINQ call (<c>ps.Select(p => p.Anonymise()).ToList()</c>), read item by item.
        /// </summary>
        private bool EngineReadsMembers(IOperation value) =>
            value is IWithOperation or IAnonymousObjectCreationOperation
            || value is IObjectCreationOperation creation && TaintWalker.ConstructedMembers(flow, creation, read: null) is not null
            || flow.OverwrittenBefore(value) is not null
            || value is IInvocationOperation call && (flow.Summaries.IsFactory(call) || TaintWalker.ItemsOf(call) is not null)
            || value is ILocalReferenceOperation local && TaintWalker.HoldsOnlyCopies(flow, local)
            || TaintWalker.IsFinishedTask(value) && EngineReadsMembers(EndpointResponses.Unwrap(((IInvocationOperation)value).Arguments[0].Value));

        private static void Report(OperationAnalysisContext context, IOperation at, string data, PiiInfo pii, SinkName sink, HashSet<IOperation> reported)
        {
            reported.Add(at);
            context.ReportDiagnostic(PiiFinding.Create(Rule, at.Syntax.GetLocation(), pii, properties: null, data, pii.DisplayKind, sink.Text));
        }

        /// <summary>Code serving data subjects their own data: its purpose is marked <c>subjectAccess</c> in the policy.</summary>
        private bool ServesTheSubject(OperationAnalysisContext context) =>
            PolicyMarks.CodePurpose(context.Operation, context.ContainingSymbol) is { } purpose
            && policy.FindPurpose(purpose) is { SubjectAccess: true };

        /// <summary>The options argument a call is given, or null.</summary>
        private static IOperation? OptionsOf(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { Name: "options" })
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool UsesRedactingOptions(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && System.Array.IndexOf(OptionParameters, parameter.Name) >= 0
                    && RedactingOptions.IsRedacting(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The type a source-generated <c>JsonTypeInfo&lt;T&gt;</c> or a <c>typeof(T)</c> input type argument serializes as.</summary>
        private static ITypeSymbol? DeclaredType(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "jsonTypeInfo" when EndpointResponses.Unwrap(argument.Value).Type is INamedTypeSymbol { TypeArguments.Length: 1 } typed:
                        return typed.TypeArguments[0];
                    case "inputType" when EndpointResponses.Unwrap(argument.Value) is ITypeOfOperation typeOf:
                        return typeOf.TypeOperand;
                }
            }

            return null;
        }
    }
}
