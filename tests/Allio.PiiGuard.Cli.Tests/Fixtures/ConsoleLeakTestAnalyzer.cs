using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// A deliberately tiny rule the tests add next to the real analyzers, so the CLI's plumbing (suppressions,
/// .editorconfig severities, excerpts, reports, baselines) is tested whatever rules the analyzer assembly holds today:
/// an argument of <c>Console.WriteLine</c> that reads a property marked <c>[Pii]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsoleLeakTestAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "PIIT01";

    private static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Test: personal data written to the console",
        "'{0}' is written to the console",
        "PiiGuard.Test",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Fires on Console.WriteLine arguments that read a [Pii] property; exists only in the CLI tests.",
        helpLinkUri: "https://example.invalid/PIIT01");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "WriteLine", ContainingType.Name: "Console" })
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
            if (value is IPropertyReferenceOperation property
                && property.Property.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "PiiAttribute"))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), property.Property.Name));
            }
        }
    }
}
