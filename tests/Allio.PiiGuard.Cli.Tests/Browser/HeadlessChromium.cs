using System.Diagnostics;

namespace Allio.PiiGuard.Cli.Tests.Browser;

/// <summary>
/// Runs the machine's Chromium headless, isolated from any profile and the network. When it is missing and the tests
/// run as root (a fresh container, CI), it is installed with apt-get first, so <c>dotnet test</c> alone is enough.
/// </summary>
public static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Provisioning = new(1, 1);

    /// <summary>The DOM after the page loaded, serialized.</summary>
    public static Task<string> DumpDomAsync(string htmlFile) => RunAsync(["--dump-dom", new Uri(htmlFile).AbsoluteUri]);

    /// <summary>Takes a PNG screenshot of the page and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(string htmlFile, string pngFile, int height = 1600)
    {
        await RunAsync([$"--screenshot={pngFile}", $"--window-size=1280,{height}", "--hide-scrollbars", new Uri(htmlFile).AbsoluteUri]);
        return pngFile;
    }

    /// <summary>Installs Chromium with apt-get when it is missing and this process may (root on a Debian-like system).</summary>
    private static async Task EnsureInstalledAsync()
    {
        await Provisioning.WaitAsync();
        try
        {
            if (File.Exists(Executable))
            {
                return;
            }

            var canInstall = Environment.UserName == "root" && File.Exists("/usr/bin/apt-get");
            Assert.True(canInstall,
                $"{Executable} is missing and these tests cannot install it (they install it only as root with apt-get): run 'sudo apt-get install -y chromium', then 'dotnet test' again.");
            var log = new System.Text.StringBuilder();
            foreach (var arguments in (string[][])[["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "chromium"]])
            {
                var start = new ProcessStartInfo("/usr/bin/apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
                start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                log.Append(await output).Append(await error);
                Assert.True(process.ExitCode == 0, $"apt-get {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{log}");
            }

            Assert.True(File.Exists(Executable), $"apt-get installed chromium, but {Executable} is still missing:\n{log}");
        }
        finally
        {
            Provisioning.Release();
        }
    }

    private static async Task<string> RunAsync(string[] arguments)
    {
        await EnsureInstalledAsync();
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
