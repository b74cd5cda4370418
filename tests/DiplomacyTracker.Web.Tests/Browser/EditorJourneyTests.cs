using System.Text.RegularExpressions;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DiplomacyTracker.Web.Tests.Browser;

/// <summary>
/// A person in a real browser, the issue's journey: signs in, pastes the first seed, sees its statements on the
/// timeline, searches Chung Dong-young's statements, opens his actor page; then the Hangul speaker search, and a
/// screenshot of every page (reading and editing) for docs/.
/// </summary>
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
        context.SetDefaultTimeout(180_000); // generous: CI shares 2 cores with the other test assemblies
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") cspErrors.Add(page.Url + " :: " + message.Text + " @ " + message.Location); };

        await page.GotoAsync(app.BaseUrl + "/");
        await Shot(page, shots, "timeline");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("journey@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await Shot(page, shots, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Every click that navigates is followed by a wait for what the next page shows, never for its load event:
        // under CI load Playwright once missed a load event that had already fired and waited out its timeout.
        await page.Locator("header", new() { HasText = "journey@example.org" }).WaitForAsync();
        Assert.Equal(app.BaseUrl + "/", page.Url);

        await page.GotoAsync(app.BaseUrl + "/Articles/Add");
        await page.GetByLabel("…or paste the text / HTML").FillAsync(Seed);
        await page.GetByLabel("Title (optional", new() { Exact = false }).FillAsync("Trump and Lee Unite to Revive Korea Peace Talks");
        await page.GetByLabel("Published", new() { Exact = false }).FillAsync("2025-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator("#preview-heading").WaitForAsync();
        Assert.Contains("31 Aug 2025", await page.Locator("#preview-heading + dl").InnerTextAsync());
        await Shot(page, shots, "add-article-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".article-text").WaitForAsync();
        Assert.Matches(new Regex(@"/Articles/\d+$"), page.Url);
        Assert.Equal("Trump and Lee Unite to Revive Korea Peace Talks", await page.Locator("main h1").InnerTextAsync());
        Assert.Contains("pacemaker", await page.Locator(".article-text").InnerTextAsync());
        await Shot(page, shots, "article");

        var articlePath = new Uri(page.Url).AbsolutePath;

        // The seed's statements are on the timeline, in its month, with their speakers.
        await page.GotoAsync(app.BaseUrl + "/?from=2025-08&to=2025-09");
        var chungOnTimeline = page.Locator(".statement-card", new() { HasText = "Chung Dong-young" });
        Assert.True(await chungOnTimeline.CountAsync() >= 1, "the seed's statements by Chung Dong-young are on the timeline");
        Assert.Contains("Lee Jae Myung", await page.Locator("main").InnerTextAsync());
        await Shot(page, shots, "timeline-after-paste");

        // Search by official: Chung Dong-young, then his actor page.
        await page.GotoAsync(app.BaseUrl + "/Statements");
        var speaker = page.GetByLabel("Official", new() { Exact = false });
        await speaker.FillAsync("Chung Dong-young");
        await speaker.PressAsync("Escape"); // close the suggestion list, which could otherwise take the click
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        // Only a result page names the official ("Statements by …"); the search page before it lists recent statements.
        await page.Locator("main p.muted", new() { HasText = "Statements by Chung Dong-young" }).WaitForAsync();
        Assert.Contains("speaker=Chung", page.Url);
        var chungCards = page.Locator(".statement-card");
        Assert.True(await chungCards.CountAsync() >= 2, "Chung Dong-young's statements from the seed are found");
        Assert.All(await page.Locator(".statement-card figcaption a[href^='/Actors/']").AllInnerTextsAsync(), name => Assert.Equal("Chung Dong-young", name));
        await Shot(page, shots, "statements-search");
        await chungCards.First.Locator("figcaption a[href^='/Actors/']").ClickAsync();
        await page.Locator("main h1", new() { HasText = "Chung Dong-young" }).WaitForAsync();
        Assert.Contains("/Actors/chung-dong-young", page.Url);
        Assert.Equal("Chung Dong-young", await page.Locator("main h1").InnerTextAsync());
        Assert.Contains("Unification Minister of South Korea", await page.Locator("main").InnerTextAsync());
        await Shot(page, shots, "actor");

        // Hangul: 이재명 finds Lee Jae Myung's statements, including one whose text carries a particle (이재명은).
        await page.GotoAsync(app.BaseUrl + "/Statements");
        speaker = page.GetByLabel("Official", new() { Exact = false });
        await speaker.PressSequentiallyAsync("이재");
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('#speaker-names option')).some(o => o.value === '이재명')");
        await speaker.FillAsync("이재명");
        await speaker.PressAsync("Escape");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("main p.muted", new() { HasText = "Statements by Lee Jae Myung" }).WaitForAsync();
        Assert.Contains("speaker=", page.Url);
        var hangul = page.Locator(".statement-card", new() { HasText = "한반도" });
        Assert.True(await page.Locator(".statement-card").CountAsync() >= 2);
        Assert.Contains("President of South Korea", await hangul.InnerTextAsync());

        await page.GotoAsync(app.BaseUrl + "/Statements?q=" + Uri.EscapeDataString("pacemaker"));
        Assert.Equal("pacemaker", await page.Locator(".statement-card mark").First.InnerTextAsync(), ignoreCase: true);

        var articleId = articlePath.Split('/')[^1];
        var statementId = await app.WithDbAsync(db => Task.FromResult(db.Statements.Where(s => s.ArticleId == int.Parse(articleId)).Select(s => s.Id).First()));
        var chungId = await app.WithDbAsync(db => Task.FromResult(db.Actors.Where(a => a.Slug == "chung-dong-young").Select(a => a.Id).First()));
        foreach (var (path, name) in new[] { ("/Summits", "summits"), ("/Summits/1", "summit"), ("/Summits/Edit/1", "summit-edit"),
                     ("/Actors", "actors"), ($"/Actors/Edit/{chungId}", "actor-edit"), ($"/Actors/Merge/{chungId}", "actor-merge"),
                     ("/Articles", "articles"), ($"/Articles/Edit/{articleId}", "article-edit"), ($"/Articles/Delete/{articleId}", "article-delete"),
                     ($"/Statements/Edit/{statementId}", "statement-edit"), ("/Sources", "sources"), ("/Sources/Edit", "source-edit"),
                     ("/Review", "review"), ("/History", "history"), ("/Account/Editors", "editors"), ("/Account/Password", "password") })
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await Shot(page, shots, name);
        }

        // "Older →" with JavaScript appends the next page in place; a month continuing across pages keeps one heading.
        await app.WithDbAsync(db => StoreSeed.ArticleAsync(db, "A busy March", StoreSeed.Day(2024, 3, 31),
            Enumerable.Range(1, 70).Select(i => new StoreSeed.Quote("kim-jong-un", $"March remark number {i}.", StoreSeed.Day(2024, 3, 1 + i % 28))).ToArray()));
        await page.GotoAsync(app.BaseUrl + "/?kind=statements&from=2024-03&to=2024-03");
        Assert.Equal(50, await page.Locator(".statement-card").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Older →" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.statement-card').length === 70");
        Assert.Equal(1, await page.Locator("h2.month").CountAsync());
        Assert.Contains("/?kind=statements", page.Url);

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(app.BaseUrl + "/");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        var wide = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.False(overflow, "the timeline scrolls sideways at phone width: " + wide);
        await Shot(page, shots, "timeline-phone");

        Assert.False(cspErrors.Any(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)), string.Join("\n", cspErrors));
    }

    private static async Task Shot(IPage page, string? dir, string name)
    {
        if (dir is null) return;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
