using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// PII011: personal data is stored through a <c>[PiiStore("id")]</c> type whose policy store lies outside the
/// policy's jurisdiction: a <c>DbSet&lt;T&gt;</c> property of such a context for an entity holding personal data;
/// an entity or a personal value passed to a save-like call (<c>Attach</c>, <c>Add…</c>, <c>Update…</c>, <c>Save…</c>,
/// <c>Insert…</c>, <c>Upsert…</c>, <c>Create…</c>, <c>Store…</c>, <c>Put…</c>, <c>Write…</c>) on such a type; a personal value
/// in raw SQL run on such a context's <c>Database</c> (<c>ExecuteSqlRaw</c>, <c>ExecuteSqlInterpolated</c>, <c>ExecuteSql</c>).
/// Without a policy, a jurisdiction or a known store it stays silent (PII009 reports those).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StoreLocalizationAnalyzer : DiagnosticAnalyzer
{
    private const string DbSetName = "Microsoft.EntityFrameworkCore.DbSet`1";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.StoreOutsideJurisdiction,
        title: "Personal data is stored outside the jurisdiction",
        messageFormat: "{0} holds personal data ({1}) and is stored in '{2}', located in {3}, outside the jurisdiction {4}; personal data must be recorded and stored in databases located in {4}",
        RuleCategories.Policy,
        DiagnosticSeverity.Error,
        description: "152-FZ art. 18 part 5 requires the recording, systematization, accumulation, storage, update "
            + "and retrieval of Russian citizens' personal data to use databases located in Russia. The policy's "
            + "stores say where each [PiiStore] keeps its data; a store in another country may not hold personal data.");

    private static readonly string[] SavePrefixes = ["Attach", "Add", "Update", "Save", "Insert", "Upsert", "Create", "Store", "Put", "Write"];

    /// <summary>EF Core's raw-SQL commands on <c>DbContext.Database</c>: their parameters are written by the statement.</summary>
    private static readonly string[] SqlCommands =
        ["ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteSql", "ExecuteSqlAsync"];

    private const string DatabaseFacadeExtensions = "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var policy = PolicyContext.Get(start.Options, start.CancellationToken);
            if (policy.Jurisdiction is null || policy.Policy!.Stores.Count == 0
                || start.Compilation.GetTypeByMetadataName(WellKnownNames.PiiStoreAttribute) is null
                || Flow.PiiFlow.For(start.Compilation, start.Options) is not { } flow)
            {
                return;
            }

            var analysis = new Analysis(policy, new PersonalDataTypes(), flow);
            if (start.Compilation.GetTypeByMetadataName(DbSetName) is { } dbSet)
            {
                start.RegisterSymbolAction(symbol => analysis.AnalyzeDbSet(symbol, dbSet), SymbolKind.Property);
            }

            start.RegisterOperationAction(analysis.AnalyzeSave, OperationKind.Invocation);
        });
    }

    /// <summary>A save-like verb as the name's first word: <c>Add</c>, <c>AddRange</c>, <c>SaveEmail</c>, not <c>Address</c>.</summary>
    private static bool IsSaveName(string name)
    {
        foreach (var prefix in SavePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && (name.Length == prefix.Length || !char.IsLower(name[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The per-compilation state: the policy and caches of stores and entity kinds.</summary>
    private sealed class Analysis(PolicyContext policy, PersonalDataTypes entities, Flow.PiiFlow flow)
    {
        private readonly ConcurrentDictionary<ITypeSymbol, PolicyStore?> _foreignStores = new(SymbolEqualityComparer.Default);

        public void AnalyzeDbSet(SymbolAnalysisContext context, INamedTypeSymbol dbSet)
        {
            var property = (IPropertySymbol)context.Symbol;
            if (property.Type is not INamedTypeSymbol { TypeArguments.Length: 1 } set
                || !SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, dbSet)
                || ForeignStore(property.ContainingType) is not { } store
                || entities.KindsOf(set.TypeArguments[0]) is not { } kinds)
            {
                return;
            }

            Report(context.ReportDiagnostic, property.Locations[0], "'" + set.TypeArguments[0].Name + "'", kinds, store);
        }

        public void AnalyzeSave(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var isSql = Array.IndexOf(SqlCommands, method.Name) >= 0 && SymbolNames.Is(method.ContainingType, DatabaseFacadeExtensions);
            if (!isSql && !IsSaveName(method.Name))
            {
                return;
            }

            // An extension method's receiver is its first argument; raw SQL runs on the context that owns 'Database'.
            var skip = invocation.Instance is null && method.IsExtensionMethod ? 1 : 0;
            var receiver = skip == 1 ? Unwrap(invocation.Arguments[0].Value) : invocation.Instance;
            if (isSql)
            {
                receiver = receiver is IPropertyReferenceOperation { Property.Name: "Database", Instance: { } owner } ? owner : null;
            }

            if (!isSql && receiver is not null && IsDbSet(receiver.Type))
            {
                receiver = ContextOf(receiver, hops: 2);
            }

            if (receiver?.Type is not { } type || ForeignStore(type) is not { } store)
            {
                return;
            }

            foreach (var argument in invocation.Arguments.Skip(skip))
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument is { ArgumentKind: ArgumentKind.ParamArray, Value: IArrayCreationOperation { Initializer: { } items } })
                {
                    foreach (var item in items.ElementValues)
                    {
                        Check(context, Unwrap(item), store, entitiesToo: !isSql);
                    }

                    continue;
                }

                Check(context, Unwrap(argument.Value), store, entitiesToo: !isSql);
            }
        }

        /// <summary>An entity holding personal data is reported as a whole; any other value for the personal data it carries.</summary>
        private void Check(OperationAnalysisContext context, IOperation value, PolicyStore store, bool entitiesToo)
        {
            if (entitiesToo && value.Type is { } type && entities.KindsOf(type) is { } kinds)
            {
                Report(context.ReportDiagnostic, value.Syntax.GetLocation(), "'" + TypeContents.Item(type).Name + "'", kinds, store);
                return;
            }

            foreach (var hit in flow.GetTaint(value).Hits)
            {
                Report(context.ReportDiagnostic, hit.Witness.Syntax.GetLocation(), hit.DisplaySource, hit.Pii.DisplayKind, store);
            }
        }

        private void Report(Action<Diagnostic> report, Location location, string data, string kinds, PolicyStore store) =>
            report(Diagnostic.Create(
                Rule,
                location,
                data,
                kinds,
                store.Id,
                store.Country,
                policy.Jurisdiction));

        /// <summary>The policy store behind a <c>[PiiStore]</c> type when it lies abroad; null otherwise.</summary>
        private PolicyStore? ForeignStore(ITypeSymbol type) => _foreignStores.TryGetValue(type, out var known) ? known : _foreignStores.GetOrAdd(type, t =>
            PolicyMarks.StoreOf(t) is { } id && policy.FindStore(id) is { } store && policy.IsForeign(store.Country)
                ? store
                : null);

        private static bool IsDbSet(ITypeSymbol? type) => SymbolNames.Is(type?.OriginalDefinition, DbSetName);

        /// <summary>
        /// The context a set comes from, so a save through the set is judged by the context's store:
        /// <c>db.Visitors</c>, <c>db.Set&lt;T&gt;()</c>, or a local holding one of them.
        /// </summary>
        private static IOperation? ContextOf(IOperation set, int hops)
        {
            switch (Unwrap(set))
            {
                case IPropertyReferenceOperation { Instance: { } context }:
                    return context;
                case IInvocationOperation { Instance: { } context }:
                    return context;
                case ILocalReferenceOperation local when hops > 0:
                    // A set local also records what filling calls put into it (set.Add(x)); only stored sets lead to a context.
                    foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
                    {
                        if (IsDbSet(Unwrap(stored).Type) && ContextOf(stored, hops - 1) is { } context)
                        {
                            return context;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The value before implicit conversions (to <c>object</c>, to an interface): its own type decides.</summary>
        private static IOperation Unwrap(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
