using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Browser;

[Collection(ScannedFixtureCollection.Name)]
public sealed class HtmlReportInBrowserTests(ScannedFixture fixture)
{
    private string HtmlReport => Path.Combine(fixture.FirstReports, "piiguard-report.html");

    [Fact]
    public async Task Browser_renders_every_section_with_the_findings()
    {
        var dom = await HeadlessChromium.DumpDomAsync(HtmlReport);

        Assert.Contains("<section id=\"summary\">", dom);
        Assert.Contains("<section id=\"rules\">", dom);
        Assert.Contains("<section id=\"findings\">", dom);
        Assert.Contains("<section id=\"inventory\">", dom);
        Assert.Contains("<section id=\"data-flows\">", dom);
        Assert.Contains("<section id=\"notification-152fz\">", dom);
        Assert.Contains("<section id=\"gdpr-art30\">", dom);
        Assert.Contains("<nav id=\"toc\">", dom);
        Assert.Contains("<a href=\"#data-flow-map\">", dom);
        Assert.Contains("<h3 id=\"rule-PIIT01\" class=\"rule-group\"", dom);
        Assert.Contains("<section id=\"suppressed\">", dom);
        Assert.Contains("<section id=\"retention\">", dom);
        Assert.Contains("<svg class=\"flow-map\"", dom);
        Assert.Contains("data-node=\"recipient:analytics-us\"", dom);
        Assert.Contains("<g class=\"node recipient foreign\"", dom);
        Assert.Contains("<path class=\"edge foreign\"", dom);
        Assert.Contains("Уведомление об обработке персональных данных", dom);
        Assert.Contains("адрес электронной почты", dom);
        // Nothing is fetched: no external asset of any kind.
        Assert.DoesNotContain("src=\"http", dom);
        Assert.DoesNotContain("href=\"http://", dom);
        Assert.Contains("data-subject=\"visitor\"", dom);
        Assert.Contains("<article class=\"finding warning\" data-rule=\"PIIT01\">", dom);
        Assert.Contains("<article class=\"finding error\" data-rule=\"PIIT01\">", dom);
        // The excerpt's markup stayed text: the browser built no element from it.
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", dom);
        Assert.DoesNotContain("<script", dom);
        Assert.DoesNotContain("<b>bold?</b>", dom);
    }

    [Fact]
    public async Task Browser_paints_a_non_trivial_page()
    {
        // Kept beside the test binaries, so a failing run leaves the picture to look at.
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var png = await HeadlessChromium.ScreenshotAsync(HtmlReport, Path.Combine(folder, "piiguard-report.png"));

        var image = PngImage.Read(png);
        Assert.Equal(1280, image.Width);
        Assert.True(new FileInfo(png).Length > 20_000, "screenshot is suspiciously small");
        // Text, badges and highlighted lines: far more than a blank or single-colour page.
        Assert.True(image.DistinctColours(enough: 64) >= 64, "screenshot has too few colours to show a report");
    }

    [Fact]
    public async Task Browser_paints_the_table_of_contents_the_data_flow_map_and_the_Russian_notification()
    {
        // The whole page in one tall window: each section is found by the colours only it uses.
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var page = PngImage.Read(await HeadlessChromium.ScreenshotAsync(HtmlReport, Path.Combine(folder, "piiguard-report-whole.png"), height: 12000));

        Assert.True(page.DistinctColours(enough: 64) >= 64, "the page has too few colours to show a report");
        // #ecfdf3 fills the purposes of the map, #fee4e2 its foreign destinations (and foreign rows of tables).
        Assert.True(page.CountColour(0xecfdf3) > 2_000, "the data-flow map's purpose nodes are not painted");
        Assert.True(page.CountColour(0xfee4e2) > 2_000, "no foreign destination is highlighted");
        // #f4f3ff heads the rows of the 152-FZ notification only.
        Assert.True(page.CountColour(0xf4f3ff) > 5_000, "the 152-FZ notification is not painted");
    }
}
