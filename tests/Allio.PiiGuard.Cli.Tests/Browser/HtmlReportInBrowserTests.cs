using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Browser;

[Collection(ScannedFixtureCollection.Name)]
public sealed class HtmlReportInBrowserTests(ScannedFixture fixture)
{
    private string HtmlReport => Path.Combine(fixture.FirstReports, "piiguard.html");

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
}
