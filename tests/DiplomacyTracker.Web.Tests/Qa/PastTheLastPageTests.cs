using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>
/// Found in a QA pass: a page number past the end said the store was empty ("No articles stored.", "No summits yet.")
/// while it was not, and a huge one overflowed (p - 1) × page size and showed some other page.
/// </summary>
public sealed class PastTheLastPageTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Theory]
    [InlineData("/Articles?p=9999")]
    [InlineData("/Articles?p=1073741824")]
    [InlineData("/Summits?p=9999")]
    [InlineData("/Summits?p=1073741824")]
    [InlineData("/Actors?p=9999")]
    [InlineData("/Actors?p=1073741824")]
    [InlineData("/Statements?q=said&p=9999")]
    public async Task A_page_past_the_end_says_so_and_links_to_the_first(string url)
    {
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "One stored article", StoreSeed.Day(2025, 10, 1),
            new StoreSeed.Quote("kim-jong-un", "Kim said the talks were over.", StoreSeed.Day(2025, 10, 1))));
        var doc = await Editors.Anonymous(factory).GetDocumentAsync(url);
        var empty = doc.QuerySelector(".empty")!;
        Assert.Contains("past the", empty.TextContent);
        Assert.EndsWith("p=1", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(doc.QuerySelectorAll("tbody tr, .statement-card"));
    }
}
