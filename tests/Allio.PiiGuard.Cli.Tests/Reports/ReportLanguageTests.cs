using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Tests.Reports;

/// <summary><c>--lang</c> applies to every heading and label of the HTML and Markdown reports; the GDPR record stays English.</summary>
public sealed class ReportLanguageTests
{
    private readonly ReportDocument scan = SampleReports.WithAwkwardContent();

    private static readonly string[] RussianMarkdown =
    [
        "# Отчёт PiiGuard", "Цель: `", "## Сводка", "| Проекты | Документы | Находки |", "## Правила\n", "## Находки\n", "## Подавленные\n",
        "В коде нет подавленных находок.", "## Реестр обработки", "### Субъект: ", "| Вид данных | Категория | Где хранится |",
        "- Цели: ", "- Получатели: ", "## Потоки данных", "| Вид данных | Куда | Страна | Заявлено | Код |", "US (за рубежом)",
        "## Правила, защищающие реестр", "| Тема | Правила |", "## Сроки хранения", "**ПРОТИВОРЕЧИЕ**", "| Поле | Содержание |",
    ];

    private static readonly string[] EnglishMarkdown =
    [
        "# PiiGuard report", "Target: `", "## Summary", "| Projects | Documents | Findings |", "## Rules\n", "## Findings\n", "## Suppressed\n",
        "No finding is suppressed in source.", "## Record of processing\n", "### Subject: ", "| Kind | Category | Held in |",
        "- Purposes: ", "- Recipients: ", "## Data flows", "| Kind | To | Country | Declared | Code |", "US (foreign)",
        "## Rules that guard the record", "| Topic | Rules |", "## Retention", "**CONFLICT**", "| Field | Content |",
    ];

    private static readonly string[] RussianHtml =
    [
        "<html lang=\"ru\">", "<h1>Отчёт PiiGuard</h1>", "<h2>Содержание</h2>", "<h2>Сводка</h2>", "</b>Находки</div>", "<h2>Правила</h2>",
        "<h2>Находки</h2>", "<h2>Подавленные</h2>", "<a href=\"#suppressed\">Подавленные</a>", "<h2>Реестр обработки</h2>",
        "<th>Вид данных</th><th>Категория</th><th>Где хранится</th>", "<b>Цели:</b>", "<h2>Потоки данных</h2>", "<th>Куда</th>",
        "<h2>Сроки хранения</h2>", "<h2>Правила, защищающие реестр</h2>", "<th>Тема</th>",
    ];

    private static readonly string[] EnglishHtml =
    [
        "<html lang=\"en\">", "<h1>PiiGuard report</h1>", "<h2>Contents</h2>", "<h2>Summary</h2>", "</b>Findings</div>", "<h2>Rules</h2>",
        "<h2>Findings</h2>", "<h2>Suppressed</h2>", "<a href=\"#suppressed\">Suppressed</a>", "<h2>Record of processing</h2>",
        "<th>Kind</th><th>Category</th><th>Held in</th>", "<b>Purposes:</b>", "<h2>Data flows</h2>", "<th>To</th>",
        "<h2>Retention</h2>", "<h2>Rules that guard the record</h2>", "<th>Topic</th>",
    ];

    [Fact]
    public void Russian_markdown_has_russian_headings_and_none_of_the_english_ones()
    {
        var markdown = new MarkdownReportWriter().Render(scan with { Language = "ru" });

        Assert.All(RussianMarkdown, expected => Assert.Contains(expected, markdown));
        // The GDPR record keeps its English table, so its header is the one English header left.
        Assert.All(EnglishMarkdown.Where(english => english != "| Field | Content |"), english => Assert.DoesNotContain(english, markdown));
        Assert.Contains("## Record of processing activities, GDPR Art. 30(1)\n\n| Field | Content |", markdown);
        Assert.Equal(2, markdown.Split("| Field | Content |").Length);
        Assert.Contains("## Уведомление об обработке персональных данных", markdown);
    }

    [Fact]
    public void English_markdown_has_english_headings_and_none_of_the_russian_ones()
    {
        var markdown = new MarkdownReportWriter().Render(scan with { Language = "en" });

        Assert.All(EnglishMarkdown, expected => Assert.Contains(expected, markdown));
        Assert.All(RussianMarkdown, russian => Assert.DoesNotContain(russian, markdown));
        Assert.Contains("## Notification draft, 152-FZ art. 22 part 3", markdown);
    }

    [Fact]
    public void Without_a_language_the_report_is_english_and_only_the_notification_is_russian()
    {
        var markdown = new MarkdownReportWriter().Render(scan);
        var html = new HtmlReportWriter().Render(scan);

        Assert.All(EnglishMarkdown, expected => Assert.Contains(expected, markdown));
        Assert.All(EnglishHtml, expected => Assert.Contains(expected, html));
        Assert.Contains("## Уведомление об обработке персональных данных", markdown);
        Assert.Contains("<div lang=\"ru\">\n<section id=\"notification-152fz\">\n<h2>Уведомление", html);
        Assert.DoesNotContain("Находки", markdown + html);
    }

    [Fact]
    public void Russian_html_has_russian_headings_and_labels_and_keeps_the_gdpr_record_english()
    {
        var html = new HtmlReportWriter().Render(scan with { Language = "ru" });

        Assert.All(RussianHtml, expected => Assert.Contains(expected, html));
        Assert.All(EnglishHtml, english => Assert.DoesNotContain(english, html));
        Assert.Contains("<div lang=\"en\">\n<section id=\"gdpr-art30\">\n<h2>Record of processing activities, GDPR Art. 30(1)</h2>", html);
    }

    [Fact]
    public void English_html_has_english_headings_and_none_of_the_russian_ones()
    {
        var html = new HtmlReportWriter().Render(scan with { Language = "en" });

        Assert.All(EnglishHtml, expected => Assert.Contains(expected, html));
        Assert.All(RussianHtml, russian => Assert.DoesNotContain(russian, html));
        Assert.Contains("<h2>Notification draft, 152-FZ art. 22 part 3</h2>", html);
    }

    [Fact]
    public void Russian_inventory_reports_translate_the_record_and_the_title()
    {
        var inventory = scan with { Kind = ReportKind.Inventory, Language = "ru" };
        var markdown = new MarkdownReportWriter().Render(inventory);
        var html = new HtmlReportWriter().Render(inventory);

        Assert.Contains("# PiiGuard: реестр обработки", markdown);
        Assert.Contains("<h1>PiiGuard: реестр обработки</h1>", html);
        Assert.Contains("## Потоки данных", markdown);
        Assert.Contains("<h2>Сроки хранения</h2>", html);
        Assert.DoesNotContain("record of processing", markdown + html);
        Assert.DoesNotContain("## Data flows", markdown);
        Assert.DoesNotContain("<h2>Retention</h2>", html);
    }

    [Theory]
    [InlineData("ru", "правила выключены", "ошибок компиляции", "rules off")]
    [InlineData("en", "rules off", "compiler error(s)", "правила выключены")]
    public void Project_health_warnings_follow_the_language(string language, string rulesOff, string compilerErrors, string otherLanguage)
    {
        var unhealthy = scan with
        {
            Language = language,
            Scan = scan.Scan with { Health = [new ProjectHealth("src/Off/Off.csproj", false, 0, []), new ProjectHealth("src/Broken/Broken.csproj", true, 2, ["CS1002: ; expected"])] },
        };
        var markdown = new MarkdownReportWriter().Render(unhealthy);
        var html = new HtmlReportWriter().Render(unhealthy);

        Assert.Contains($"> **{rulesOff}** `src/Off/Off.csproj`", markdown);
        Assert.Contains($"`src/Broken/Broken.csproj`: 2 {compilerErrors};", markdown);
        Assert.Contains($"<span class=\"level warning\">{rulesOff}</span> <code>src/Off/Off.csproj</code>", html);
        Assert.Contains($"</code>: 2 {compilerErrors};", html);
        Assert.DoesNotContain(otherLanguage, markdown + html);
    }
}
