namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// The headings and labels of the human-readable reports (HTML and Markdown) in one language, chosen by <c>--lang</c>.
/// English unless Russian is asked for; the 152-FZ notification is Russian unless English is asked for, because it is
/// filed in Russian. The GDPR Art. 30 record is always English.
/// </summary>
internal sealed class ReportText
{
    /// <summary>The texts for <c>--lang</c> (<c>ru</c>, <c>en</c> or null).</summary>
    public static ReportText For(string? language) => language switch { "ru" => Russian, "en" => EnglishOnly, _ => English };

    /// <summary>The HTML <c>lang</c> of the page.</summary>
    public required string HtmlLang { get; init; }

    /// <summary>True when the 152-FZ notification is written in Russian.</summary>
    public required bool RussianNotification { get; init; }

    // Headings, table headers and labels, named by their English text.
    public required string ScanTitle { get; init; }
    public required string RecordTitle { get; init; }
    public required string Target { get; init; }
    public required string Contents { get; init; }
    public required string Summary { get; init; }
    public required string Rules { get; init; }
    public required string Findings { get; init; }
    public required string Suppressed { get; init; }
    public required string NoSuppressed { get; init; }
    public required string SuppressedIntro { get; init; }
    public required string File { get; init; }
    public required string Rule { get; init; }
    public required string Message { get; init; }
    public required string SuppressedBy { get; init; }
    public required string Justification { get; init; }
    public required string NoneGiven { get; init; }
    public required string Projects { get; init; }
    public required string Documents { get; init; }
    public required string Errors { get; init; }
    public required string Warnings { get; init; }
    public required string Notes { get; init; }
    public required string KnownBaseline { get; init; }
    public required string Title { get; init; }
    public required string Default { get; init; }
    public required string NoFindings { get; init; }
    public required string AnalyzerFailures { get; init; }
    public required string ScanIncomplete { get; init; }
    public required string RecordOfProcessing { get; init; }
    public required string Policy { get; init; }
    public required string NoPolicy { get; init; }
    public required string Subject { get; init; }
    public required string NotInPolicy { get; init; }
    public required string Kind { get; init; }
    public required string Category { get; init; }
    public required string HeldIn { get; init; }
    public required string Purposes { get; init; }
    public required string Retention { get; init; }
    public required string Recipients { get; init; }
    public required string Stores { get; init; }
    public required string Table { get; init; }
    public required string Entity { get; init; }
    public required string PersonalColumns { get; init; }
    public required string None { get; init; }
    public required string Foreign { get; init; }
    public required string DataFlowMap { get; init; }
    public required string DataFlowMapLegend { get; init; }
    public required string DataFlows { get; init; }
    public required string ForeignMarked { get; init; }
    public required string NoFlows { get; init; }
    public required string To { get; init; }
    public required string Country { get; init; }
    public required string Declared { get; init; }
    public required string Code { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NotStated { get; init; }
    public required string Conflict { get; init; }
    public required string Guards { get; init; }
    public required string Topic { get; init; }
    public required string NotInThisBuild { get; init; }
    public required string Field { get; init; }
    public required string Content { get; init; }
    public required string RulesOff { get; init; }
    public required string RulesOffReason { get; init; }
    public required string DoesNotCompile { get; init; }
    public required string CompilerErrors { get; init; }
    public required string CompileErrorsHideLeaks { get; init; }

    /// <summary>The notification's heading, in the notification's language.</summary>
    public string NotificationTitle => RussianNotification
        ? "Уведомление об обработке персональных данных (проект, ч. 3 ст. 22 152-ФЗ)"
        : "Notification draft, 152-FZ art. 22 part 3";

    /// <summary>The GDPR record's heading: always English, like the record.</summary>
    public static string GdprTitle => "Record of processing activities, GDPR Art. 30(1)";

    /// <summary>English headings, the notification in Russian (no <c>--lang</c>).</summary>
    private static readonly ReportText English = NewEnglish(russianNotification: true);

    /// <summary>English throughout (<c>--lang en</c>).</summary>
    private static readonly ReportText EnglishOnly = NewEnglish(russianNotification: false);

    /// <summary>Russian throughout except the GDPR record (<c>--lang ru</c>).</summary>
    private static readonly ReportText Russian = new()
    {
        HtmlLang = "ru", RussianNotification = true,
        ScanTitle = "Отчёт PiiGuard", RecordTitle = "PiiGuard: реестр обработки", Target = "Цель", Contents = "Содержание",
        Summary = "Сводка", Rules = "Правила", Findings = "Находки", Suppressed = "Подавленные",
        NoSuppressed = "В коде нет подавленных находок.",
        SuppressedIntro = "Подавлены в коде: они не проваливают проверку, но проверяющим стоит прочесть обоснования.",
        File = "Файл", Rule = "Правило", Message = "Сообщение", SuppressedBy = "Чем подавлено", Justification = "Обоснование",
        NoneGiven = "не указано", Projects = "Проекты", Documents = "Документы", Errors = "Ошибки", Warnings = "Предупреждения",
        Notes = "Заметки", KnownBaseline = "Известные (baseline)", Title = "Название", Default = "По умолчанию",
        NoFindings = "Находок нет.", AnalyzerFailures = "Сбои анализаторов", ScanIncomplete = "Проверка неполна",
        RecordOfProcessing = "Реестр обработки", Policy = "Политика", NoPolicy = "не найдена", Subject = "Субъект",
        NotInPolicy = "нет в политике", Kind = "Вид данных", Category = "Категория", HeldIn = "Где хранится", Purposes = "Цели",
        Retention = "Сроки хранения", Recipients = "Получатели", Stores = "Хранилища", Table = "Таблица", Entity = "Сущность", PersonalColumns = "Столбцы с персональными данными", None = "нет", Foreign = "за рубежом",
        DataFlowMap = "Карта потоков данных",
        DataFlowMapLegend = "Субъекты → виды данных → цели → получатели и хранилища; зарубежные адресаты выделены красным.",
        DataFlows = "Потоки данных", ForeignMarked = "Зарубежные адресаты отмечены как **за рубежом**.",
        NoFlows = "Персональные данные не доходят ни до получателя, ни до хранилища.", To = "Куда", Country = "Страна",
        Declared = "Заявлено", Code = "Код", Yes = "да", No = "нет", NotStated = "не указан", Conflict = "противоречие",
        Guards = "Правила, защищающие реестр", Topic = "Тема", NotInThisBuild = "нет в этой сборке", Field = "Поле",
        Content = "Содержание", RulesOff = "правила выключены", RulesOffReason = "не ссылается на PiiGuard: там ничего не проверено",
        DoesNotCompile = "не компилируется", CompilerErrors = "ошибок компиляции",
        CompileErrorsHideLeaks = "код, который не компилируется, может скрывать утечки",
    };

    private static ReportText NewEnglish(bool russianNotification) => new()
    {
        HtmlLang = "en", RussianNotification = russianNotification,
        ScanTitle = "PiiGuard report", RecordTitle = "PiiGuard record of processing", Target = "Target", Contents = "Contents",
        Summary = "Summary", Rules = "Rules", Findings = "Findings", Suppressed = "Suppressed",
        NoSuppressed = "No finding is suppressed in source.",
        SuppressedIntro = "Suppressed in source: they never fail the scan, and reviewers should read the justifications.",
        File = "File", Rule = "Rule", Message = "Message", SuppressedBy = "Suppressed by", Justification = "Justification",
        NoneGiven = "none given", Projects = "Projects", Documents = "Documents", Errors = "Errors", Warnings = "Warnings",
        Notes = "Notes", KnownBaseline = "Known (baseline)", Title = "Title", Default = "Default",
        NoFindings = "No findings.", AnalyzerFailures = "Analyzer failures", ScanIncomplete = "The scan is incomplete",
        RecordOfProcessing = "Record of processing", Policy = "Policy", NoPolicy = "none found", Subject = "Subject",
        NotInPolicy = "not in policy", Kind = "Kind", Category = "Category", HeldIn = "Held in", Purposes = "Purposes",
        Retention = "Retention", Recipients = "Recipients", Stores = "Stores", Table = "Table", Entity = "Entity", PersonalColumns = "Personal columns", None = "none", Foreign = "foreign",
        DataFlowMap = "Data-flow map",
        DataFlowMapLegend = "Subjects → data kinds → purposes → recipients and stores; foreign destinations in red.",
        DataFlows = "Data flows", ForeignMarked = "Foreign destinations are marked **foreign**.",
        NoFlows = "No personal data reaches a recipient or a store.", To = "To", Country = "Country",
        Declared = "Declared", Code = "Code", Yes = "yes", No = "no", NotStated = "not stated", Conflict = "conflict",
        Guards = "Rules that guard the record", Topic = "Topic", NotInThisBuild = "not in this build", Field = "Field",
        Content = "Content", RulesOff = "rules off", RulesOffReason = "does not reference PiiGuard: nothing there was checked",
        DoesNotCompile = "does not compile", CompilerErrors = "compiler error(s)",
        CompileErrorsHideLeaks = "code that does not compile can hide leaks",
    };
}
