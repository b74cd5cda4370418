using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The output cache on the timeline and search: anonymous repeats are served from it (stored on a URL's second request), but a save shows at once and editors never get the anonymous page.</summary>
public sealed class ReadingPageCacheTests : IClassFixture<TrackerWebFactory>
{
    private readonly TrackerWebFactory _f;

    public ReadingPageCacheTests(TrackerWebFactory factory) => _f = factory;

    [Fact]
    public async Task Anonymous_repeat_is_cached_and_a_save_evicts_it()
    {
        var client = Editors.Anonymous(_f);
        await _f.WithDbAsync(db => StoreSeed.ArticleAsync(db, "First", StoreSeed.Day(2025, 3, 1),
            new StoreSeed.Quote("donald-trump", "Trump said the first meeting was useful.", StoreSeed.Day(2025, 3, 1))));
        var first = await client.GetAsync("/?kind=statements");
        Assert.DoesNotContain(first.Headers, h => h.Key == "Set-Cookie");
        var second = await client.GetAsync("/?kind=statements");
        Assert.False(second.Headers.Age.HasValue, "a URL asked for once is not stored (StoreOnSecondRequest): the second GET renders it");
        var third = await client.GetAsync("/?kind=statements");
        Assert.True(third.Headers.Age.HasValue, "the third anonymous GET should come from the output cache (Age header)");

        await _f.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Second", StoreSeed.Day(2025, 4, 1),
            new StoreSeed.Quote("donald-trump", "Trump said the second meeting was better.", StoreSeed.Day(2025, 4, 1))));
        var after = await client.GetDocumentAsync("/?kind=statements");
        Assert.Contains("second meeting was better", after.Body!.TextContent);
        var search = await client.GetDocumentAsync("/Statements?q=meeting");
        Assert.Contains("second", search.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Signed_in_editor_is_not_served_the_anonymous_page()
    {
        var anonymous = Editors.Anonymous(_f);
        await anonymous.GetAsync("/");
        await anonymous.GetAsync("/");
        Assert.True((await anonymous.GetAsync("/")).Headers.Age.HasValue);
        var editor = await Editors.SignedInAsync(_f);
        var response = await editor.GetAsync("/");
        Assert.False(response.Headers.Age.HasValue);
        var doc = await Html.ParseAsync(response);
        Assert.NotNull(doc.QuerySelector("a[href='/Account/Editors']"));
    }
}
