using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII009: the policy cannot be trusted. The file is missing while code uses marks that refer to it, the
/// loader found a problem in it (reported at the JSON line and column), or a mark names a purpose, subject,
/// recipient or store the policy does not declare (reported at the string in the attribute).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyProblemAnalyzer : DiagnosticAnalyzer
{
    private const string Description =
        "The policy file piiguard.json is the machine-readable privacy policy (152-FZ art. 18.1, GDPR art. 30 records "
        + "of processing). The policy rules check code against it, so a missing or broken file, or a mark that names an "
        + "id the file does not declare, silently turns them off.";

    /// <summary>The file is missing; found only once every attribute was seen, hence a compilation-end diagnostic.</summary>
    internal static readonly DiagnosticDescriptor MissingFileRule = RuleDescriptors.Create(
        RuleIdentifiers.PolicyProblem,
        title: "Policy file is missing",
        messageFormat: "The code marks personal data but the project passes no policy file '{0}'; add it as an AdditionalFiles item",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        Description,
        WellKnownDiagnosticTags.CompilationEnd);

    // A problem the loader found, located in the JSON: one descriptor per kind of problem, so that the title a
    // report or an IDE shows names the actual problem (a malformed file is not a missing one).

    /// <summary>Not JSON, empty, or nested too deep.</summary>
    internal static readonly DiagnosticDescriptor MalformedFileRule = FileProblem("Policy file is malformed");

    /// <summary>A key the format does not know.</summary>
    internal static readonly DiagnosticDescriptor UnknownKeyRule = FileProblem("Policy file has an unknown key");

    /// <summary>A key given twice in one object.</summary>
    internal static readonly DiagnosticDescriptor DuplicateKeyRule = FileProblem("Policy file repeats a key");

    /// <summary>A required key is missing.</summary>
    internal static readonly DiagnosticDescriptor MissingKeyRule = FileProblem("Policy file lacks a required key");

    /// <summary>A value of the wrong type, an unknown word, or an id that is no word.</summary>
    internal static readonly DiagnosticDescriptor InvalidValueRule = FileProblem("Policy file has an invalid value");

    /// <summary>Two entries share an id.</summary>
    internal static readonly DiagnosticDescriptor DuplicateIdRule = FileProblem("Policy file declares an id twice");

    /// <summary>A country that is not an ISO 3166-1 alpha-2 code.</summary>
    internal static readonly DiagnosticDescriptor UnknownCountryRule = FileProblem("Policy file names an unknown country");

    /// <summary>A recipient names a kind that is not a <c>PiiKind</c>.</summary>
    internal static readonly DiagnosticDescriptor UnknownKindRule = FileProblem("Policy file names an unknown data kind");

    /// <summary>A recipient names a purpose the policy does not declare.</summary>
    internal static readonly DiagnosticDescriptor UndeclaredPurposeRule = FileProblem("Policy recipient names an undeclared purpose");

    /// <summary>A mark names an id the policy does not declare.</summary>
    internal static readonly DiagnosticDescriptor UnknownIdRule = RuleDescriptors.Create(
        RuleIdentifiers.PolicyProblem,
        title: "Mark names an id the policy does not declare",
        messageFormat: "The {0} '{1}' is not declared in the policy's '{2}'{3}",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        Description);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
    [
        MissingFileRule, MalformedFileRule, UnknownKeyRule, DuplicateKeyRule, MissingKeyRule, InvalidValueRule,
        DuplicateIdRule, UnknownCountryRule, UnknownKindRule, UndeclaredPurposeRule, UnknownIdRule,
    ];

    /// <summary>The descriptor for a loader problem code (<see cref="PolicyProblemCodes"/>); a code added later counts as an invalid value.</summary>
    internal static DiagnosticDescriptor FileProblemRule(string code) => code switch
    {
        PolicyProblemCodes.InvalidJson or PolicyProblemCodes.EmptyFile or PolicyProblemCodes.NestingTooDeep => MalformedFileRule,
        PolicyProblemCodes.UnknownKey => UnknownKeyRule,
        PolicyProblemCodes.DuplicateKey => DuplicateKeyRule,
        PolicyProblemCodes.MissingKey => MissingKeyRule,
        PolicyProblemCodes.DuplicateId => DuplicateIdRule,
        PolicyProblemCodes.UnknownCountry => UnknownCountryRule,
        PolicyProblemCodes.UnknownKind => UnknownKindRule,
        PolicyProblemCodes.UndeclaredPurpose => UndeclaredPurposeRule,
        _ => InvalidValueRule,
    };

    private static DiagnosticDescriptor FileProblem(string title) => RuleDescriptors.Create(
        RuleIdentifiers.PolicyProblem,
        title,
        messageFormat: "Policy problem ({0}): {1}",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        Description);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var policy = PolicyContext.Get(start.Options, start.CancellationToken);
            if (!policy.HasFile)
            {
                var firstMark = new FirstLocation();
                start.RegisterSyntaxNodeAction(node => OfferMark(node, firstMark), SyntaxKind.Attribute);
                start.RegisterCompilationEndAction(end => ReportMissingFile(end, policy, firstMark));
                return;
            }

            start.RegisterAdditionalFileAction(file => ReportFileProblems(file, policy));
            if (policy.Policy is not null)
            {
                start.RegisterSyntaxNodeAction(node => CheckIds(node, policy), SyntaxKind.Attribute);
            }
        });
    }

    private static void OfferMark(SyntaxNodeAnalysisContext context, FirstLocation firstMark)
    {
        if (PolicyReferenceKinds.Of(AttributeClass(context, Bound(context))) != PolicyReferenceKind.None)
        {
            firstMark.Offer(context.Node.GetLocation());
        }
    }

    private static void ReportMissingFile(CompilationAnalysisContext context, PolicyContext policy, FirstLocation firstMark)
    {
        if (firstMark.Location is { } location)
        {
            context.ReportDiagnostic(Diagnostic.Create(MissingFileRule, location, policy.ExpectedFileName));
        }
    }

    private static void ReportFileProblems(AdditionalFileAnalysisContext context, PolicyContext policy)
    {
        if (context.AdditionalFile.Path != policy.File!.Path)
        {
            return;
        }

        foreach (var problem in policy.Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(FileProblemRule(problem.Code), policy.LocationOf(problem), problem.Code, problem.Message));
        }
    }

    private static void CheckIds(SyntaxNodeAnalysisContext context, PolicyContext policy)
    {
        // Most attributes carry no arguments, hence no ids: skip them before looking them up.
        if (((AttributeSyntax)context.Node).ArgumentList is not { } arguments)
        {
            return;
        }

        var bound = Bound(context);
        var kind = PolicyReferenceKinds.Of(AttributeClass(context, bound));
        if (kind == PolicyReferenceKind.None)
        {
            return;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (kind != PolicyReferenceKind.PiiMark)
            {
                // The id is the one constructor argument; named arguments of these attributes hold no ids.
                if (argument.NameEquals is null)
                {
                    var value = bound is { ConstructorArguments.Length: > 0 } ? bound.ConstructorArguments[0] : (TypedConstant?)null;
                    CheckId(context, policy, PolicyReferenceKinds.SectionOfId(kind), argument.Expression, value);
                    return;
                }

                continue;
            }

            var name = argument.NameEquals?.Name.Identifier.ValueText;
            var section = name switch
            {
                "Purposes" => PolicySection.Purposes,
                "Subjects" => PolicySection.Subjects,
                _ => (PolicySection?)null,
            };

            if (section is not null)
            {
                var elements = Elements(argument.Expression).ToList();
                var values = NamedValues(bound, name!);
                for (var index = 0; index < elements.Count; index++)
                {
                    CheckId(context, policy, section.Value, elements[index], values.Length == elements.Count ? values[index] : null);
                }
            }
        }
    }

    /// <summary>The elements of a bound array-valued named argument; empty when unbound or not an array.</summary>
    private static ImmutableArray<TypedConstant> NamedValues(AttributeData? bound, string name)
    {
        foreach (var argument in bound?.NamedArguments ?? [])
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
            {
                return argument.Value.Values;
            }
        }

        return [];
    }

    private static void CheckId(SyntaxNodeAnalysisContext context, PolicyContext policy, PolicySection section, ExpressionSyntax expression, TypedConstant? bound)
    {
        // Constants (const string Marketing = "marketing") count as much as literals; the bound value already folds them.
        var id = bound is { } value
            ? value.Value as string
            : context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is { HasValue: true, Value: string constant } ? constant : null;
        if (id is null || PolicySections.Declares(policy.Policy!, section, id))
        {
            return;
        }

        var suggestion = policy.SuggestId(section, id);
        context.ReportDiagnostic(Diagnostic.Create(
            UnknownIdRule,
            expression.GetLocation(),
            PolicySections.EntryName(section),
            id,
            PolicySections.Key(section),
            suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
    }

    /// <summary>The elements of <c>["a", "b"]</c>, <c>new[] { … }</c> or <c>new string[] { … }</c>.</summary>
    private static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case CollectionExpressionSyntax collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: var value })
                    {
                        yield return value;
                    }
                }

                break;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                foreach (var value in initializer.Expressions)
                {
                    yield return value;
                }

                break;
            case ImplicitArrayCreationExpressionSyntax { Initializer: var implicitInitializer }:
                foreach (var value in implicitInitializer.Expressions)
                {
                    yield return value;
                }

                break;
        }
    }

    private static AttributeData? Bound(SyntaxNodeAnalysisContext context) =>
        DeclaredAttributes.Find(context.SemanticModel, (AttributeSyntax)context.Node, context.CancellationToken);

    /// <summary>The attribute's class: from its bound form when the declaration has one, else by binding the syntax.</summary>
    private static INamedTypeSymbol? AttributeClass(SyntaxNodeAnalysisContext context, AttributeData? bound) =>
        bound is not null ? bound.AttributeClass : context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol?.ContainingType;

    /// <summary>The earliest location offered, by file and position, so that the report does not depend on thread timing.</summary>
    private sealed class FirstLocation
    {
        private readonly object _gate = new();

        public Location? Location { get; private set; }

        public void Offer(Location candidate)
        {
            lock (_gate)
            {
                if (Location is null || IsBefore(candidate, Location))
                {
                    Location = candidate;
                }
            }
        }

        private static bool IsBefore(Location candidate, Location current)
        {
            var byPath = string.CompareOrdinal(candidate.SourceTree?.FilePath, current.SourceTree?.FilePath);
            return byPath < 0 || (byPath == 0 && candidate.SourceSpan.Start < current.SourceSpan.Start);
        }
    }
}
