using System.Diagnostics;

namespace Allio.PiiGuard.Cli.Tests.Browser;

/// <summary>Runs the machine's Chromium headless (CI installs it in .ci/run), isolated from any profile and the network.</summary>
public static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    /// <summary>The DOM after the page loaded, serialized.</summary>
    public static Task<string> DumpDomAsync(string htmlFile) => RunAsync(["--dump-dom", new Uri(htmlFile).AbsoluteUri]);

    /// <summary>Takes a PNG screenshot of the page and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(string htmlFile, string pngFile)
    {
        await RunAsync([$"--screenshot={pngFile}", "--window-size=1280,1600", "--hide-scrollbars", new Uri(htmlFile).AbsoluteUri]);
        return pngFile;
    }

    private static async Task<string> RunAsync(string[] arguments)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: apt-get install -y chromium");
        var profile = Directory.CreateTempSubdirectory("piiguard-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var flag in (string[])
                     ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile.FullName}"])
            {
                start.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await error}");
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
