using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII006: a field, property, public-API parameter or getter method (<c>GetTelephone()</c>, its return value) whose
/// name and type look like personal data
/// (<see cref="PiiNameHeuristics"/>) carries no mark. Discovery, so info: the fix adds <c>[Pii(Kind = …)]</c>
/// or <c>[NotPii]</c>, and either answer silences it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmarkedPiiAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the <c>PiiKind</c> member name the fix writes.</summary>
    public const string KindProperty = "Kind";

    /// <summary>Diagnostic property, present for a special category: the fix writes <c>[SensitivePii]</c>.</summary>
    public const string SensitiveProperty = "Sensitive";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.UnmarkedPii,
        title: "Member looks like personal data but is not marked",
        messageFormat: "'{0}' looks like personal data ({1}) but is not marked",
        RuleCategories.Declaration,
        DiagnosticSeverity.Info,
        description: "Names such as Email, PhoneNumber, PassportNumber, Snils, Inn, DateOfBirth or HomeAddress usually hold "
            + "personal data (152-FZ art. 3, GDPR art. 4). Unmarked, it escapes every other PiiGuard rule. Mark it with "
            + "[Pii(Kind = ...)], or with [NotPii] when it is not personal data.");

    /// <summary>
    /// The same finding for a member the name table does not read but the code fills with a personal member's value
    /// (<see cref="AssignedFrom"/>): the message says which.
    /// </summary>
    internal static readonly DiagnosticDescriptor AssignedRule = RuleDescriptors.Create(
        RuleIdentifiers.UnmarkedPii,
        title: "Member looks like personal data but is not marked",
        messageFormat: "'{0}' holds personal data ({1}): it is assigned '{2}'",
        RuleCategories.Declaration,
        DiagnosticSeverity.Info,
        description: "A member named for something else (Name, Contact, CreatedBy) that is assigned a personal member's value "
            + "(application.FullName, user.Email) holds that personal data. Mark it with [Pii(Kind = ...)], or with [NotPii] "
            + "when it is not personal data.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule, AssignedRule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Without the vocabulary there is nothing to mark with.
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is null)
            {
                return;
            }

            start.RegisterSymbolAction(AnalyzeMember, SymbolKind.Field, SymbolKind.Property);
            start.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
        });
    }

    private static void AnalyzeMember(SymbolAnalysisContext context)
    {
        var member = context.Symbol;
        var type = member switch
        {
            // Static state and constants describe the application, not a data subject.
            IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false, IsStatic: false } field => field.Type,
            IPropertySymbol { IsStatic: false, IsIndexer: false } property
                when !IsPositional(property) && !OverridesDeclarationInSource(property) && !ImplementsDeclarationInSource(property) => property.Type,
            _ => null,
        };

        // The name test is cheap and rules out almost every member; marks are read only for the rest.
        if (type is null)
        {
            return;
        }

        var display = member.ContainingType.Name + "." + member.Name;
        if (Classify(member) is { } match)
        {
            if (IsCandidateOwner(member.ContainingType) && IsUnmarked(member))
            {
                Report(context, member, match, display);
            }
        }
        else
        {
            ReportAssigned(context, member, member, display);
        }
    }

    /// <summary>A member the name table does not read, reported when the code assigns it a personal member's value.</summary>
    private static void ReportAssigned(SymbolAnalysisContext context, ISymbol member, ISymbol declaration, string display)
    {
        if (AssignedFrom.MayBeAssigned(member, context.Compilation) && IsCandidateOwner(member.ContainingType) && IsUnmarked(declaration)
            && AssignedFrom.Find(member, context.Compilation, context.CancellationToken) is { } assigned)
        {
            Report(context, declaration, assigned.Match, display, assigned.Source);
        }
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        AnalyzeGetter(context, method);
        AnalyzeParameters(context, method);
    }

    /// <summary>
    /// A getter method the name table reads as personal data (<c>GetTelephone()</c>), the same guess inference makes; reported
    /// once, on the base or interface declaration, like members, and the fix marks its return value.
    /// </summary>
    private static void AnalyzeGetter(SymbolAnalysisContext context, IMethodSymbol method)
    {
        if (OverridesDeclarationInSource(method) || !method.ExplicitInterfaceImplementations.IsEmpty || Classify(method) is not { } match
            || !IsCandidateOwner(method.ContainingType) || ImplementsDeclarationInSource(method) || !IsUnmarked(method))
        {
            return;
        }

        Report(context, method, match, method.ContainingType.Name + "." + method.Name + (method.Parameters.IsEmpty ? "()" : "(...)"));
    }

    private static void AnalyzeParameters(SymbolAnalysisContext context, IMethodSymbol method)
    {
        if (method.IsImplicitlyDeclared || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor) || method.Parameters.IsEmpty
            || ImplementsDeclarationInSource(method))
        {
            return;
        }

        var isRecordPrimary = method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord && IsPrimary(method);
        if ((!isRecordPrimary && !IsPublicApi(method)) || !IsCandidateOwner(method.ContainingType))
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (Classify(parameter) is not { } match)
            {
                // A record's positional property the code fills with a personal member's value (a with expression).
                if (isRecordPrimary && FindProperty(method.ContainingType, parameter.Name) is { } positional && IsPositional(positional))
                {
                    ReportAssigned(context, positional, parameter, method.ContainingType.Name + "." + parameter.Name);
                }

                continue;
            }

            if (!IsUnmarked(parameter)
                || (method.MethodKind == MethodKind.Constructor && FeedsMarkedMember(parameter))
                || (isRecordPrimary && HasExplicitProperty(method.ContainingType, parameter.Name)))
            {
                continue;
            }

            var display = isRecordPrimary ? method.ContainingType.Name + "." + parameter.Name
                : method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name + "(" + parameter.Name + ")"
                : method.ContainingType.Name + "." + method.Name + "(" + parameter.Name + ")";
            Report(context, parameter, match, display);
        }
    }

    /// <summary>The same guess inference makes, neighbours included (a <c>Country</c> next to a <c>Street</c>).</summary>
    private static PiiNameHeuristics.Match? Classify(ISymbol symbol) => PiiNameHeuristics.ClassifySymbol(symbol);

    private static void Report(SymbolAnalysisContext context, ISymbol symbol, PiiNameHeuristics.Match match, string display, string? assignedFrom = null)
    {
        if (symbol.Locations.IsEmpty)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, match.Kind);
        if (match.Sensitive)
        {
            properties = properties.Add(SensitiveProperty, "true");
        }

        context.ReportDiagnostic(assignedFrom is null
            ? Diagnostic.Create(Rule, symbol.Locations[0], properties, display, match.Kind)
            : Diagnostic.Create(AssignedRule, symbol.Locations[0], properties, display, match.Kind, assignedFrom));
    }

    /// <summary>Interfaces count: a mark on an interface's member or parameter holds for every implementation.</summary>
    private static bool IsCandidateOwner(INamedTypeSymbol? type) =>
        type is { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface }
        && PiiModel.GetTypeMark(type) is null && !PiiModel.IsNotPii(type);

    /// <summary>
    /// One finding per declaration: a member implementing an interface member of the compilation is reported (and
    /// marked) on the interface, not once more per implementation.
    /// </summary>
    /// <summary>
    /// An override of a member declared in this source (reported there, once); an override of a library's member
    /// (<c>public override long UserId</c> of an <c>IdentityUserRole&lt;long&gt;</c>) is the first declaration a user can mark.
    /// </summary>
    private static bool OverridesDeclarationInSource(ISymbol member)
    {
        for (var next = PiiModel.Overridden(member); next is not null; next = PiiModel.Overridden(next))
        {
            if (!next.Locations.IsEmpty && next.Locations[0].IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ImplementsDeclarationInSource(ISymbol member) =>
        PiiModel.ImplementedMember(member) is { } declared && !declared.Locations.IsEmpty && declared.Locations[0].IsInSource;

    private static bool IsUnmarked(ISymbol symbol)
    {
        if (PiiModel.GetPii(symbol) is not null || PiiModel.IsNotPii(symbol))
        {
            return false;
        }

        // A record's positional parameter may be marked through its property ([property: Pii]).
        return symbol is not IParameterSymbol { ContainingSymbol: IMethodSymbol { ContainingType: { IsRecord: true } record } } parameter
            || !(FindProperty(record, parameter.Name) is { } property && (PiiModel.GetPii(property) is not null || PiiModel.IsNotPii(property)));
    }

    /// <summary><c>new Customer(email)</c> usually stores into the marked <c>Email</c>; flagging the parameter too is noise.</summary>
    private static bool FeedsMarkedMember(IParameterSymbol parameter)
    {
        foreach (var member in parameter.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol
                && string.Equals(member.Name.TrimStart('_'), parameter.Name, System.StringComparison.OrdinalIgnoreCase)
                && PiiModel.GetPii(member) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>record R(string Email) { public string Email { get; } = Email; }</c>: the property is reported, not the parameter too.</summary>
    private static bool HasExplicitProperty(INamedTypeSymbol record, string name) =>
        FindProperty(record, name) is { } property && !IsPositional(property);

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>A record's positional property is reported on its parameter, where the fix puts the mark.</summary>
    private static bool IsPositional(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ParameterSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrimary(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Callable from outside the assembly: the method and every containing type are public or protected.</summary>
    private static bool IsPublicApi(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
