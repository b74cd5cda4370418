using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DiplomacyTracker.Web.Tests.Browser;

/// <summary>
/// The visual timeline in a real browser: it draws, zooms, a summit mark leads to the summit; a search's CSV downloads
/// and reads back; the timeline and a chart fit a phone. With DT_SCREENSHOTS=1 it writes the docs/ screenshots.
/// </summary>
public sealed class VisualTimelineTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_visual_timeline_zooms_and_a_summit_mark_leads_to_the_summit_and_a_search_downloads_as_CSV()
    {
        await app.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Lee and Trump meet in Gyeongju", StoreSeed.Day(2025, 10, 29),
            new StoreSeed.Quote("lee-jae-myung", "We will open a new chapter of peace on the Korean Peninsula.", StoreSeed.Day(2025, 10, 29)),
            new StoreSeed.Quote("donald-trump", "Trump said the Gyeongju talks were a great success.", StoreSeed.Day(2025, 10, 29))));
        var summitId = await app.WithDbAsync(async db =>
        {
            var summit = new Summit
            {
                Title = "Browser test: Lee–Trump summit in Gyeongju", Status = SummitStatus.Held, Start = StoreSeed.Day(2025, 10, 29), End = StoreSeed.Day(2025, 10, 29),
                Location = "Gyeongju", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            };
            foreach (var slug in new[] { "lee-jae-myung", "donald-trump" })
                summit.Participants.Add(new SummitParticipant { ActorId = (await db.Actors.FirstAsync(a => a.Slug == slug)).Id });
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var shots = BrowserFixture.ScreenshotDirectory();
        var errors = new List<string>();
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        // The page's own month is the first view: the summit is drawn, and the statements as dots (a month is short enough).
        await page.GotoAsync(app.BaseUrl + "/?from=2025-10&to=2025-10");
        var mark = page.Locator($"#visual-timeline a.tl-summit[data-summit='{summitId}']");
        await mark.WaitForAsync();
        await page.Locator("#visual-timeline a.tl-statement").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("#visual-timeline a.tl-statement").CountAsync());
        var range = page.Locator(".tl-range");
        Assert.Matches(@"· \d+ summits · 2 statements", await range.InnerTextAsync());
        Assert.Equal("", new Uri(page.Url).Fragment); // loading the page never changes its address

        // The page's month is about 31 days; zooming out doubles it, and the view goes into the address.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#view=')");
        var wider = Span(page.Url);
        Assert.True(wider > 45, $"zoom out: 31 → {wider} days");
        var hash = new Uri(page.Url).Fragment;
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => location.hash !== '{hash}'");
        Assert.True(Span(page.Url) < wider / 2, $"zoom in: {wider} → {Span(page.Url)} days");

        await page.GotoAsync(app.BaseUrl + "/?from=2025-10&to=2025-10"); // the first view again, the summit in it
        await mark.WaitForAsync();
        await Shot(page, shots, "visual-timeline");
        await mark.ClickAsync();
        await page.Locator("main h1", new() { HasText = "Browser test: Lee–Trump summit in Gyeongju" }).WaitForAsync();
        Assert.EndsWith($"/Summits/{summitId}", page.Url);

        // A search's CSV: the link in the page downloads the same statements, read back with CsvHelper.
        await page.GotoAsync(app.BaseUrl + "/Statements?q=Gyeongju");
        await page.Locator(".statement-card").First.WaitForAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "statements CSV" }).ClickAsync());
        Assert.Equal("diplomacytracker-statements.csv", download.SuggestedFilename);
        using (var reader = new CsvReader(new StringReader(await File.ReadAllTextAsync(await download.PathAsync())), CultureInfo.InvariantCulture))
        {
            var row = Assert.Single(reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>());
            Assert.Equal("Donald Trump", row["Speaker"]);
            Assert.Equal("Trump said the Gyeongju talks were a great success.", row["Text"]);
        }

        await page.GotoAsync(app.BaseUrl + "/Charts?speaker=lee-jae-myung");
        await page.Locator("svg.chart-wide").First.WaitForAsync();
        await Shot(page, shots, "chart");

        // A phone: the visual timeline and the charts fit the width (no sideways scrolling), the charts turn to rows.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, ready, name) in new[] { ("/?from=2025-10&to=2025-10", "#visual-timeline a.tl-summit", "visual-timeline-phone"), ("/Charts?speaker=lee-jae-myung", "svg.chart-narrow", "chart-phone") })
        {
            await page.GotoAsync(app.BaseUrl + path);
            await page.Locator(ready).First.WaitForAsync();
            Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), $"{path} scrolls sideways on a phone");
            await Shot(page, shots, name);
        }
        Assert.True(await page.Locator("svg.chart-narrow").First.IsVisibleAsync());
        Assert.False(await page.Locator("svg.chart-wide").First.IsVisibleAsync());
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Days in the view the page put in its address (#view=2025-09-01_2025-11-30).</summary>
    private static double Span(string url)
    {
        var m = Regex.Match(url, @"#view=(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})");
        Assert.True(m.Success, $"no view in {url}");
        return (DateTime.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - DateTime.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).TotalDays;
    }

    private static async Task Shot(IPage page, string? dir, string name)
    {
        if (dir is null) return;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = false });
    }
}
