using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>PII001: personal data reaches a log sink unredacted.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiInLogAnalyzer : DiagnosticAnalyzer
{
    private const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
    private const string LogPropertiesAttribute = "Microsoft.Extensions.Logging.LogPropertiesAttribute";
    private const string TagProviderAttribute = "Microsoft.Extensions.Logging.TagProviderAttribute";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.LoggedPii,
        title: "Personal data reaches a log unredacted",
        messageFormat: "Personal data {0} ({1}) reaches log sink '{2}' unredacted",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "Logs are copied, shipped and kept far longer than the data's purpose allows (152-FZ art. 7 and 19, GDPR art. 5(1)(f) and 32). "
            + "Redact the value (PiiRedact.Mask, a Redactor, a generated ToString(IRedactorProvider)) or classify the [LoggerMessage] parameter.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var defines = context.Compilation.GetTypeByMetadataName(LoggerMessageDelegates.LoggerMessageType) is not null;
        var reporter = SinkReporter.Register(context, Rule, SinkKind.Log, new WholeObjectWrites(Written, DestructuredInSyntax),
            defines ? new DelegateSink(LoggerMessageDelegates.SinkOf, LoggerMessageDelegates.SinkOfMember, LoggerMessageDelegates.IsMessageValue) : null);
        if (reporter is not null && defines)
        {
            context.RegisterOperationAction(c => AnalyzeDefinedDelegateCall(c, reporter), OperationKind.Invocation);
        }

        if (reporter is null || !TypePresence.Exists(context.Compilation, LoggerMessageAttribute))
        {
            return;
        }

        var loggerMessages = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterOperationAction(c => AnalyzeLoggerMessageCall(c, reporter, loggerMessages), OperationKind.Invocation);
    }

    /// <summary>
    /// A value written through a <c>{@Hole}</c> of a constant template is destructured: its members are logged, unless the
    /// Serilog logger was configured to destructure its type by a projection or a policy that takes no personal member,
    /// and then nothing personal of it is. So is a Serilog property value pushed with <c>destructureObjects: true</c>
    /// (<c>ForContext</c>, <c>LogContext.PushProperty</c>, <c>Enrich.WithProperty</c>). Any other value is written as text.
    /// </summary>
    private static WrittenAs Written(IInvocationOperation invocation, SinkValue value) =>
        !IsDestructured(invocation, value) ? WrittenAs.Text
        : SerilogTransforms.ProjectsAway(invocation, OperationShapes.WithoutConversions(value.Value).Type) ? WrittenAs.Nothing
        : WrittenAs.Members;

    private static bool IsDestructured(IInvocationOperation invocation, SinkValue value)
    {
        if (value.Argument?.Parameter is not { } parameter)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "destructureObjects")
            {
                return parameter.Name == "value" && argument.Value.ConstantValue is { HasValue: true, Value: true };
            }

            if (argument.Parameter is { Name: "message" or "messageTemplate" } template
                && template.Ordinal < parameter.Ordinal
                && argument.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                // Most templates destructure nothing: one without an '@' is not read hole by hole.
                if (text.IndexOf('@') < 0)
                {
                    return false;
                }

                var holes = LogTemplate.DestructuringHoles(text);
                var index = parameter.Ordinal - template.Ordinal - 1 + System.Math.Max(value.ParamsIndex, 0);
                return index < holes.Count && holes[index];
            }
        }

        return false;
    }

    /// <summary>
    /// The same for a call read from its syntax (a logging wrapper in another file): true when the argument at
    /// <paramref name="position"/> fills a <c>{@Hole}</c> of the literal message template before it
    /// (<c>_logger.LogInformation("{Action} {@Details}", action, details)</c>). The template is the first string literal,
    /// unless the sink's overloads agree that it is no template.
    /// </summary>
    private static bool DestructuredInSyntax(ArgumentListSyntax arguments, int position, Func<int, string> parameterName)
    {
        for (var i = 0; i < position; i++)
        {
            if (arguments.Arguments[i].Expression is LiteralExpressionSyntax { Token.Value: string template }
                && parameterName(i) is "" or "message" or "messageTemplate")
            {
                var holes = LogTemplate.DestructuringHoles(template);
                var hole = position - i - 1;
                return hole < holes.Count && holes[hole];
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[LoggerMessage]</c> methods: Microsoft's generator redacts classified parameters; a value reaching an
    /// unclassified one is logged as is.
    /// </summary>
    private static void AnalyzeLoggerMessageCall(
        OperationAnalysisContext context, SinkReporter reporter, ConcurrentDictionary<IMethodSymbol, bool> loggerMessages)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.MethodKind != MethodKind.Ordinary || !(method.IsPartialDefinition || method.PartialDefinitionPart is not null)
            || !loggerMessages.GetOrAdd(method, static m => IsLoggerMessage(m)))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            // A [TagProvider] writes what its method adds, not the value: its ITagCollector.Add calls are sinks of their own.
            if (HasAttribute(parameter, method, TagProviderAttribute))
            {
                continue;
            }

            if (IsUnclassifiedMessageValue(parameter))
            {
                reporter.Report(context, argument.Value, "LoggerMessage." + method.Name, wholeObjects: false);
            }
            else if (HasAttribute(parameter, method, LogPropertiesAttribute))
            {
                // The generator logs the object's properties one by one, handing classified ones to a redactor.
                reporter.Report(context, argument.Value, "LoggerMessage." + method.Name, MemberReader.LogProperties);
            }
        }
    }

    /// <summary>A delegate made by <c>LoggerMessage.Define</c> writes its value arguments into the message as they are.</summary>
    private static void AnalyzeDefinedDelegateCall(OperationAnalysisContext context, SinkReporter reporter)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (LoggerMessageDelegates.SinkOf(invocation) is not { } sink)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && LoggerMessageDelegates.IsMessageValue(parameter))
            {
                reporter.Report(context, argument.Value, sink, wholeObjects: false);
            }
        }
    }

    private static bool IsLoggerMessage(IMethodSymbol method) =>
        SymbolNames.HasAttribute(method, LoggerMessageAttribute)
        || method.PartialDefinitionPart is { } definition && SymbolNames.HasAttribute(definition, LoggerMessageAttribute);

    /// <summary>The parameter (or its partial definition's) carries the attribute named <paramref name="attribute"/>.</summary>
    private static bool HasAttribute(IParameterSymbol parameter, IMethodSymbol method, string attribute) =>
        SymbolNames.HasAttribute(parameter, attribute)
        || (method.PartialDefinitionPart ?? method) is { } definition && parameter.Ordinal < definition.Parameters.Length
            && SymbolNames.HasAttribute(definition.Parameters[parameter.Ordinal], attribute);

    private static bool IsUnclassifiedMessageValue(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        if (SymbolNames.Is(type, "Microsoft.Extensions.Logging.ILogger") || SymbolNames.IsOrDerivesFrom(type, "System.Exception")
            || SymbolNames.Is(type, "Microsoft.Extensions.Logging.LogLevel") || SymbolNames.HasAttribute(parameter, LogPropertiesAttribute))
        {
            return false;
        }

        return PiiModel.GetPii(parameter) is not { IsClassified: true };
    }
}
