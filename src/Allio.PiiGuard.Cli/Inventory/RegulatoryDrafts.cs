using System.Collections.Immutable;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// Drafts of the two documents a data-protection officer files, filled from code and policy. What neither
/// can tell (address, start date, security measures beyond the code) is marked for the officer to complete.
/// </summary>
public static class RegulatoryDrafts
{
    /// <summary>Placeholder for what the code and the policy cannot know.</summary>
    public const string ToComplete = "(to be completed by the operator)";

    /// <summary>
    /// The notification of intent to process personal data (152-FZ art. 22 part 3) that an operator sends
    /// to Roskomnadzor, field by field.
    /// </summary>
    internal static ImmutableArray<RecordField> Notification152Fz(
        PiiPolicy? policy, ImmutableArray<SubjectRecord> subjects, ImmutableArray<DataFlow> flows, CodeInventory code) =>
    [
        Field("Operator (наименование оператора, адрес)", policy?.Controller ?? ToComplete, ToComplete),
        Field("Purposes of processing (цель обработки)", Purposes(policy, subjects)),
        Field("Categories of personal data (категории персональных данных)", Categories(subjects)),
        Field("Categories of data subjects (категории субъектов)", subjects.Select(subject => subject.Title)),
        Field("Legal basis (правовое основание обработки)", LegalBases(policy)),
        Field("Actions performed (перечень действий с персональными данными)", Actions(flows, code)),
        Field("Processing method (способ обработки)", "automated processing (автоматизированная обработка)"),
        Field("Cross-border transfer (трансграничная передача)", CrossBorder(flows)),
        Field("Database location (место нахождения базы данных, ст. 18 ч. 5)", Stores(policy, flows)),
        Field("Retention or condition of termination (срок или условие прекращения обработки)", Retention(subjects)),
        Field("Security measures (меры по обеспечению безопасности, ст. 18.1, 19)", SecurityMeasures()),
        Field("Start date of processing (дата начала обработки)", ToComplete),
    ];

    /// <summary>The record of processing activities of GDPR Art. 30(1), points (a) to (g).</summary>
    internal static ImmutableArray<RecordField> GdprArticle30(
        PiiPolicy? policy, ImmutableArray<SubjectRecord> subjects, ImmutableArray<DataFlow> flows, ImmutableArray<RetentionRecord> retention) =>
    [
        Field("(a) Controller and contact details", policy?.Controller ?? ToComplete, ToComplete),
        Field("(b) Purposes of the processing", Purposes(policy, subjects)),
        Field("(c) Categories of data subjects", subjects.Select(subject => subject.Title)),
        Field("(c) Categories of personal data", Categories(subjects)),
        Field("(d) Categories of recipients", Recipients(policy, flows)),
        Field("(e) Transfers to third countries and safeguards", CrossBorder(flows)),
        Field("(f) Time limits for erasure", retention.Select(kind => kind.Periods.IsEmpty
            ? $"{kind.Kind}: not stated"
            : $"{kind.Kind}: {string.Join(" / ", kind.Periods)}{(kind.IsConflict ? " — CONFLICT: holders disagree, settle one period" : "")}")),
        Field("(g) Technical and organisational security measures", SecurityMeasures()),
    ];

    /// <summary>The same notification in Russian, field by field as art. 22 part 3 lists them.</summary>
    internal static ImmutableArray<RecordField> Notification152FzRussian(
        PiiPolicy? policy,
        ImmutableArray<SubjectRecord> subjects,
        ImmutableArray<DataFlow> flows,
        CodeInventory code,
        ImmutableArray<RetentionRecord> retention)
    {
        var stores = flows.Any(flow => flow.Target == "store") || !code.Stores.IsEmpty;
        var transfers = flows.Any(flow => flow.Target == "recipient") || !code.Recipients.IsEmpty;
        var foreign = flows.Where(flow => flow.Target == "recipient" && flow.IsForeign).ToArray();
        return
        [
            FieldRu("1. Наименование и адрес оператора", policy?.Controller ?? ToCompleteRu, $"адрес: {ToCompleteRu}"),
            FieldRu("2. Цели обработки персональных данных", Purposes(policy, subjects)),
            FieldRu("3. Категории персональных данных", subjects.SelectMany(subject => subject.Kinds)
                .GroupBy(kind => kind.Category, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => $"{RussianNames.Category(group.Key)}: {string.Join(", ", group.Select(kind => RussianNames.Kind(kind.Kind)).Distinct().Order(StringComparer.Ordinal))}")),
            FieldRu("4. Категории субъектов, персональные данные которых обрабатываются", subjects.Select(subject => subject.Title)),
            FieldRu("5. Правовое основание обработки персональных данных",
                (policy?.Recipients ?? [])
                    .Select(recipient => $"передача {recipient.Title ?? recipient.Id}: {RussianNames.LegalBasis(PolicyWords.Of(recipient.LegalBasis))}")
                    .Append($"основание обработки в целом: {ToCompleteRu}")),
            FieldRu("6. Перечень действий с персональными данными",
                [RussianNames.Collection, .. stores ? [RussianNames.Storage] : Array.Empty<string>(), .. transfers ? [RussianNames.Transfer] : Array.Empty<string>(), RussianNames.Erasure]),
            FieldRu("6. Способы обработки персональных данных",
                transfers ? "автоматизированная обработка с передачей по информационно-телекоммуникационным сетям" : "автоматизированная обработка без передачи по сетям"),
            FieldRu("7. Меры по обеспечению безопасности (ст. 18.1 и 19), в том числе шифровальные средства",
                "проверки PiiGuard при сборке не допускают персональные данные в журналы, исключения, телеметрию и HTTP-ответы",
                $"организационные меры, управление доступом, средства шифрования: {ToCompleteRu}"),
            FieldRu("7.1. Ответственный за организацию обработки персональных данных, контакты", ToCompleteRu),
            FieldRu("8. Дата начала обработки персональных данных", ToCompleteRu),
            FieldRu("9. Срок или условие прекращения обработки персональных данных", retention.Select(kind => kind.Periods.IsEmpty
                ? $"{RussianNames.Kind(kind.Kind)}: срок не указан"
                : $"{RussianNames.Kind(kind.Kind)}: {string.Join(" / ", kind.Periods)}{(kind.IsConflict ? " — ПРОТИВОРЕЧИЕ: сроки хранения расходятся, установите один" : "")}")),
            FieldRu("10. Трансграничная передача персональных данных", foreign.Length == 0
                ? ["не осуществляется"]
                : foreign.GroupBy(flow => (flow.TargetId, flow.Country))
                    .Select(group => $"осуществляется: {group.Key.TargetId} ({group.Key.Country}) — {string.Join(", ", group.Select(flow => RussianNames.Kind(flow.Kind)))}")),
            FieldRu("10.1. Место нахождения базы данных с персональными данными граждан РФ (ч. 5 ст. 18)",
                (policy?.Stores ?? []).Select(store => store.Id)
                    .Concat(flows.Where(flow => flow.Target == "store").Select(flow => flow.TargetId))
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .Select(id =>
                    {
                        var target = ProcessingRecordBuilder.Target(policy, "store", id);
                        return $"{target.Title} [{id}]: страна {target.Country}{(target.IsForeign ? " — за пределами юрисдикции" : "")}";
                    })),
        ];
    }

    /// <summary>Placeholder in the Russian draft.</summary>
    public const string ToCompleteRu = "(заполняет оператор)";

    private static RecordField FieldRu(string title, params IEnumerable<string> values)
    {
        var lines = values.Where(value => value.Length > 0).ToImmutableArray();
        return new RecordField(title, lines.IsEmpty ? [ToCompleteRu] : lines);
    }

    private static RecordField Field(string title, params IEnumerable<string> values)
    {
        var lines = values.Where(value => value.Length > 0).ToImmutableArray();
        return new RecordField(title, lines.IsEmpty ? [ToComplete] : lines);
    }

    private static IEnumerable<string> Purposes(PiiPolicy? policy, ImmutableArray<SubjectRecord> subjects)
    {
        var used = subjects.SelectMany(subject => subject.Purposes).Select(purpose => purpose.Id).ToHashSet(StringComparer.Ordinal);
        // Declared purposes in the policy's order first, then purposes only the code names.
        var declared = (policy?.Purposes ?? []).Select(purpose => purpose.Id);
        return declared.Concat(used.Order(StringComparer.Ordinal)).Distinct()
            .Select(id => ProcessingRecordBuilder.PurposeEntry(policy, id))
            .Select(purpose => purpose.Title == purpose.Id ? purpose.Id : $"{purpose.Title} [{purpose.Id}]");
    }

    private static IEnumerable<string> Categories(ImmutableArray<SubjectRecord> subjects) =>
        subjects.SelectMany(subject => subject.Kinds)
            .GroupBy(kind => kind.Category, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{CategoryName(group.Key)}: {string.Join(", ", group.Select(kind => kind.Kind).Distinct().Order(StringComparer.Ordinal))}");

    private static string CategoryName(string category) => category switch
    {
        "Sensitive" => "Special categories (специальные, 152-FZ art. 10; GDPR art. 9)",
        "Biometric" => "Biometric (биометрические, 152-FZ art. 11)",
        _ => "Other personal data (иные)",
    };

    private static IEnumerable<string> LegalBases(PiiPolicy? policy) =>
        (policy?.Recipients ?? [])
            .Select(recipient => $"{PolicyWords.Of(recipient.LegalBasis)} — transfer to {recipient.Title ?? recipient.Id}")
            .Append($"Legal basis of the processing itself: {ToComplete}");

    private static IEnumerable<string> Actions(ImmutableArray<DataFlow> flows, CodeInventory code)
    {
        // 152-FZ art. 3 p. 3 names the actions; the code shows which of them happen.
        yield return "collection, recording, systematization, use (сбор, запись, систематизация, использование)";
        if (flows.Any(flow => flow.Target == "store") || !code.Stores.IsEmpty)
        {
            yield return "accumulation, storage, clarification, extraction (накопление, хранение, уточнение, извлечение)";
        }

        if (flows.Any(flow => flow.Target == "recipient") || !code.Recipients.IsEmpty)
        {
            yield return "transfer: provision, access (передача: предоставление, доступ)";
        }

        yield return "blocking, deletion, destruction on withdrawal of consent (блокирование, удаление, уничтожение)";
    }

    private static IEnumerable<string> CrossBorder(ImmutableArray<DataFlow> flows)
    {
        var foreign = flows.Where(flow => flow.Target == "recipient" && flow.IsForeign).ToArray();
        if (foreign.Length == 0)
        {
            return ["none (не осуществляется)"];
        }

        return foreign.GroupBy(flow => (flow.TargetId, flow.Country))
            .Select(group => $"{group.Key.TargetId} ({group.Key.Country}): {string.Join(", ", group.Select(flow => flow.Kind))}");
    }

    private static IEnumerable<string> Stores(PiiPolicy? policy, ImmutableArray<DataFlow> flows)
    {
        var ids = (policy?.Stores ?? []).Select(store => store.Id)
            .Concat(flows.Where(flow => flow.Target == "store").Select(flow => flow.TargetId))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return ids.Select(id =>
        {
            var target = ProcessingRecordBuilder.Target(policy, "store", id);
            return $"{target.Title} [{id}]: {target.Country}{(target.IsForeign ? " — outside the jurisdiction" : "")}";
        });
    }

    private static IEnumerable<string> Recipients(PiiPolicy? policy, ImmutableArray<DataFlow> flows)
    {
        var ids = (policy?.Recipients ?? []).Select(recipient => recipient.Id)
            .Concat(flows.Where(flow => flow.Target == "recipient").Select(flow => flow.TargetId))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return ids.Select(id =>
        {
            var target = ProcessingRecordBuilder.Target(policy, "recipient", id);
            return $"{target.Title} [{id}] ({target.Country}){(target.LegalBasis is { } basis ? $", basis: {basis}" : "")}";
        });
    }

    private static IEnumerable<string> Retention(ImmutableArray<SubjectRecord> subjects) =>
        subjects.SelectMany(subject => subject.Retention.Select(retention => $"{subject.Title}: {retention}"));

    private static IEnumerable<string> SecurityMeasures() =>
    [
        "compile-time checks of PiiGuard (rules below) keep personal data out of logs, exceptions, telemetry and the HTTP surface",
        $"organisational measures, access control, certification: {ToComplete}",
    ];
}
