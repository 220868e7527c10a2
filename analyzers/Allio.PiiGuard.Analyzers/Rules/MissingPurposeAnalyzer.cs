using System.Collections.Immutable;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII010: a PiiGuard mark on a member, a record's positional parameter or a type declares no purpose, and the
/// member gets none from its type's mark either. Reported on the mark, where the fix adds <c>Purposes = […]</c>.
/// Special categories and biometrics are reported as errors: they may be processed only for stated purposes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPurposeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// One descriptor (one id, one row in the release tracking, one <c>.editorconfig</c> switch); sensitive and
    /// biometric marks raise the effective severity of their diagnostics to error.
    /// </summary>
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.MissingPurpose,
        title: "Personal data declares no purpose",
        messageFormat: "{0} is personal data ({1}) but declares no purpose of processing; add Purposes = [\"…\"] with ids from the policy",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        description: "Personal data may be processed only for specific, declared purposes (152-FZ art. 5 parts 2-3, "
            + "GDPR art. 5(1)(b)); special categories and biometrics only on the conditions of 152-FZ art. 10-11 and "
            + "GDPR art. 9. A mark without purposes leaves purpose limitation (PII005) nothing to check.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is not null
                && PiiSources.For(start.Compilation, start.Options).MayHoldMarks)
            {
                start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var typeMark = PiiModel.GetTypeMark(type);
        if (typeMark is { Purposes.IsEmpty: true })
        {
            // Reported on the type's own mark; an inherited one is reported where it is written.
            Report(context, type.GetAttributes(), type, memberName: null);
        }

        if (typeMark is { Purposes.IsEmpty: false })
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: false, IsStatic: false, IsConst: false }
                or IPropertySymbol { IsStatic: false })
            {
                Report(context, member.GetAttributes(), type, member.Name);
            }
            else if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && type.IsRecord
                     && IsPrimaryConstructor(constructor, context.CancellationToken))
            {
                foreach (var parameter in constructor.Parameters)
                {
                    Report(context, parameter.GetAttributes(), type, parameter.Name);
                }
            }
        }
    }

    /// <summary>
    /// Reports the first PiiGuard mark among <paramref name="attributes"/> when it declares no purpose: on the member
    /// named <paramref name="memberName"/>, or on the whole type when it is null. The message is built only then.
    /// </summary>
    private static void Report(SymbolAnalysisContext context, ImmutableArray<AttributeData> attributes, INamedTypeSymbol type, string? memberName)
    {
        foreach (var attribute in attributes)
        {
            if (PiiModel.FromAttribute(attribute) is not { Source: PiiSource.PiiGuard } pii)
            {
                continue;
            }

            if (pii.Purposes.IsEmpty && attribute.ApplicationSyntaxReference is { } reference)
            {
                var severity = pii.Category == PiiCategory.Personal ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    reference.GetSyntax(context.CancellationToken).GetLocation(),
                    severity,
                    additionalLocations: null,
                    properties: null,
                    memberName is null ? $"Every member of '{type.Name}'" : $"'{type.Name}.{memberName}'",
                    pii.DisplayKind));
            }

            return;
        }
    }

    /// <summary>A record's primary constructor is declared by the record declaration itself.</summary>
    private static bool IsPrimaryConstructor(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is RecordDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
