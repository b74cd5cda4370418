using DiplomacyTracker.Web.Tests.Browser;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>Found in a QA pass: pages that scroll sideways at phone width (390 px) once real text is on them.</summary>
public sealed class PhoneWidthTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "000_b0c96d113f6e56f9.txt"));

    [Fact]
    public async Task The_add_preview_with_its_extracted_text_open_fits_a_phone()
    {
        await app.CreateEditorAsync("phone@example.org", Editors.Password);
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(180_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync("phone@example.org");
        await page.GetByLabel("Password").FillAsync(Editors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("header", new() { HasText = "phone@example.org" }).WaitForAsync();

        await page.GotoAsync(app.BaseUrl + "/Articles/Add");
        await page.Locator("textarea[name=Pasted]").FillAsync(Seed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator("#preview-heading").WaitForAsync();
        await page.GetByText("Extracted text").ClickAsync();

        var wide = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the preview scrolls sideways at phone width: " + wide);
    }

    [Fact]
    public async Task Reading_pages_with_long_unbroken_words_fit_a_phone()
    {
        const string longTitle = "https://www.example-news-outlet.co.kr/politics/north-korea/2025/10/18/trump-kim-summit-apec-gyeongju-preliminary-discussions-report";
        var (articleId, _) = await app.WithDbAsync(db => StoreSeed.ArticleAsync(db, longTitle, StoreSeed.Day(2025, 10, 18),
            new StoreSeed.Quote("kim-jong-un", "Denuclearization-negotiations-are-impossible-under-current-hostile-conditions-and-circumstances said Kim.", StoreSeed.Day(2025, 10, 18))));
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(180_000);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in new[] { "/", "/Statements?q=denuclearization*", "/Articles", $"/Articles/{articleId}", "/Actors/kim-jong-un", "/Summits" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
                failures.Add(path + ": " + await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')"));
        }
        Assert.True(failures.Count == 0, "scrolls sideways at phone width: " + string.Join("; ", failures));
    }
}
