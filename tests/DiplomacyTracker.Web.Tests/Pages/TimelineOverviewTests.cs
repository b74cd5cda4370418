using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The per-year strip counts by Korean calendar year: New Year's Eve evening in Seoul is still the old year, its small hours the new one.</summary>
public sealed class TimelineOverviewTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private static FuzzyDate At(int y, int m, int d, int hourUtc) =>
        FuzzyDate.FromInstant(new DateTimeOffset(y, m, d, hourUtc, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Years_are_Korean_years_and_every_statement_counts_once()
    {
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Year boundary", StoreSeed.Day(2031, 1, 2),
            new StoreSeed.Quote("kim-jong-un", "Said on New Year's Eve evening in Seoul.", At(2030, 12, 31, 11)),
            new StoreSeed.Quote("kim-jong-un", "Said in the small hours of New Year's Day in Seoul.", At(2030, 12, 31, 16)),
            new StoreSeed.Quote("kim-jong-un", "Said later that January.", At(2031, 1, 20, 3))));
        var doc = await Editors.Anonymous(factory).GetDocumentAsync("/");
        string Year(string y) => doc.QuerySelectorAll(".overview li").Single(li => li.QuerySelector("a")!.TextContent == y).TextContent;
        Assert.Contains("1 statements", Year("2030"));
        Assert.Contains("2 statements", Year("2031"));
    }

    [Fact]
    public async Task A_saved_article_shows_in_the_counts_on_the_next_view()
    {
        var client = Editors.Anonymous(factory);
        Assert.DoesNotContain((await client.GetDocumentAsync("/")).QuerySelectorAll(".overview li"), li => li.QuerySelector("a")!.TextContent == "2033");
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // past the two seconds within which a burst of saves shares one recount
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "A later year", StoreSeed.Day(2033, 5, 5),
            new StoreSeed.Quote("kim-jong-un", "Said in 2033.", StoreSeed.Day(2033, 5, 5))));
        var after = await client.GetDocumentAsync("/?fresh=1");
        Assert.Contains("1 statements", after.QuerySelectorAll(".overview li").Single(li => li.QuerySelector("a")!.TextContent == "2033").TextContent);
    }
}
