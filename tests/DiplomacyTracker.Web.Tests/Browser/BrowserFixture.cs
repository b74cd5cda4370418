using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiplomacyTracker.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel at 127.0.0.1 (random port) and Debian's Chromium driven by Playwright. A missing Chromium
/// fails the tests with a clear message: tests/run.sh installs it (apt-get install -y chromium).
/// </summary>
public sealed class BrowserFixture : TrackerWebFactory, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run `apt-get install -y chromium` (tests/run.sh does) before the browser tests.");
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>docs/screenshots/ of the repository, only when DT_SCREENSHOTS=1 (normal runs never rewrite docs).</summary>
    public static string? ScreenshotDirectory()
    {
        if (Environment.GetEnvironmentVariable("DT_SCREENSHOTS") != "1") return null;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DiplomacyTracker.sln"))) dir = dir.Parent;
        return dir is null ? null : Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "screenshots")).FullName;
    }
}
