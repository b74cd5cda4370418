using System.Text.RegularExpressions;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DiplomacyTracker.Web.Tests.Browser;

/// <summary>A person in a real browser: signs in, pastes the first seed, sees it stored, searches statements, opens an actor.</summary>
public sealed class EditorJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "000_b0c96d113f6e56f9.txt"));

    [Fact]
    public async Task Editor_signs_in_pastes_the_seed_searches_and_opens_an_actor()
    {
        await app.CreateEditorAsync("journey@example.org", Editors.Password);
        await app.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Lee in Gyeongju", StoreSeed.Day(2025, 10, 29),
            new StoreSeed.Quote("lee-jae-myung", "이재명은 한반도 평화를 위해 대화가 필요하다고 말했다.", StoreSeed.Day(2025, 10, 29), "이재명"),
            new StoreSeed.Quote("lee-jae-myung", "Lee said he would act as a pacemaker for peace.", StoreSeed.Day(2025, 10, 30))));
        var shots = BrowserFixture.ScreenshotDirectory();
        var cspErrors = new List<string>();
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") cspErrors.Add(page.Url + " :: " + message.Text + " @ " + message.Location); };

        await page.GotoAsync(app.BaseUrl + "/");
        await Shot(page, shots, "timeline");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("journey@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await Shot(page, shots, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/");
        Assert.Contains("journey@example.org", await page.Locator("header").InnerTextAsync());

        await page.GotoAsync(app.BaseUrl + "/Articles/Add");
        await page.GetByLabel("…or paste the text / HTML").FillAsync(Seed);
        await page.GetByLabel("Title (optional", new() { Exact = false }).FillAsync("Trump and Lee Unite to Revive Korea Peace Talks");
        await page.GetByLabel("Published", new() { Exact = false }).FillAsync("2025-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator("#preview-heading").WaitForAsync();
        Assert.Contains("31 Aug 2025", await page.Locator("#preview-heading + dl").InnerTextAsync());
        await Shot(page, shots, "add-article-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Articles/\d+$"));
        Assert.Equal("Trump and Lee Unite to Revive Korea Peace Talks", await page.Locator("main h1").InnerTextAsync());
        Assert.Contains("pacemaker", await page.Locator(".article-text").InnerTextAsync());
        await Shot(page, shots, "article");

        await page.GotoAsync(app.BaseUrl + "/Statements");
        var speaker = page.GetByLabel("Official", new() { Exact = false });
        await speaker.PressSequentiallyAsync("이재");
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('#speaker-names option')).some(o => o.value === '이재명')");
        await speaker.FillAsync("이재명");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("speaker="));
        Assert.True(await page.Locator(".statement-card").CountAsync() >= 2);
        var hangul = page.Locator(".statement-card", new() { HasText = "한반도" });
        Assert.Contains("President of South Korea", await hangul.InnerTextAsync());
        await Shot(page, shots, "statements-search");

        await page.GotoAsync(app.BaseUrl + "/Statements?q=" + Uri.EscapeDataString("pacemaker"));
        Assert.Equal("pacemaker", await page.Locator(".statement-card mark").First.InnerTextAsync(), ignoreCase: true);

        await page.Locator(".statement-card", new() { HasText = "pacemaker for peace" }).Locator("figcaption a[href^='/Actors/']").ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/Actors/lee-jae-myung");
        Assert.Equal("Lee Jae Myung", await page.Locator("main h1").InnerTextAsync());
        await Shot(page, shots, "actor");

        foreach (var (path, name) in new[] { ("/Summits", "summits"), ("/Summits/1", "summit"), ("/Actors", "actors"), ("/Articles", "articles"),
                     ("/Sources", "sources"), ("/Review", "review"), ("/Account/Editors", "editors") })
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await Shot(page, shots, name);
        }

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(app.BaseUrl + "/");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the timeline scrolls sideways at phone width");
        await Shot(page, shots, "timeline-phone");

        Assert.False(cspErrors.Any(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)), string.Join("\n", cspErrors));
    }

    private static async Task Shot(IPage page, string? dir, string name)
    {
        if (dir is null) return;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
