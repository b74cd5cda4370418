using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>What the reading pages show: result counts, "overdue — no report yet", the timeline list grouped by article, charts.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class DeskPageTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    [Fact]
    public async Task A_summit_past_its_date_still_planned_is_overdue_everywhere_it_is_shown()
    {
        var client = Editors.Anonymous(desk);
        var list = await client.GetDocumentAsync("/Summits?status=Planned");
        string Row(int id) => list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/Summits/{id}']") is not null).TextContent;
        Assert.Contains("overdue — no report yet", Row(desk.OverdueId));
        Assert.DoesNotContain("overdue", Row(desk.AheadId));
        Assert.Contains("overdue — no report yet", (await client.GetDocumentAsync($"/Summits/{desk.OverdueId}")).QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("overdue", (await client.GetDocumentAsync($"/Summits/{desk.HeldId}")).QuerySelector("h1")!.TextContent);

        var timeline = await client.GetDocumentAsync("/?kind=summits&from=2025-12&to=2025-12");
        var card = timeline.QuerySelectorAll(".summit-card").Single(c => c.TextContent.Contains("still planned"));
        Assert.Contains("overdue", card.ClassList);
        Assert.Equal("overdue — no report yet", card.QuerySelector(".badge.overdue")!.TextContent);
    }

    [Fact]
    public async Task Searches_and_lists_say_how_many_match()
    {
        var client = Editors.Anonymous(desk);
        Assert.Equal("1 statement", (await client.GetDocumentAsync("/Statements?speaker=donald-trump")).QuerySelector(".result-count")!.TextContent.Split('·')[0].Trim());
        Assert.StartsWith("2 statements and", (await client.GetDocumentAsync("/?from=2025-10&to=2025-10")).QuerySelector(".result-count")!.TextContent.Trim());
        Assert.StartsWith("3 summits", (await client.GetDocumentAsync("/?actor=lee-jae-myung&kind=summits&status=Planned")).QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Contains("overdue — no report yet", (await client.GetDocumentAsync("/Summits")).QuerySelector(".result-count")!.TextContent);
        Assert.Equal("1 article", (await client.GetDocumentAsync("/Articles")).QuerySelector(".result-count")!.TextContent);
        var actors = await client.GetDocumentAsync("/Actors?q=lee-jae-myung");
        Assert.Equal($"{actors.QuerySelectorAll("tbody tr").Length} actor{(actors.QuerySelectorAll("tbody tr").Length == 1 ? "" : "s")}", actors.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_list_puts_an_articles_statements_under_one_heading()
    {
        var doc = await Editors.Anonymous(desk).GetDocumentAsync("/?kind=statements&from=2025-10&to=2025-10");
        var group = Assert.Single(doc.QuerySelectorAll(".article-group"));
        Assert.Equal("Lee and Trump meet in Gyeongju", group.QuerySelector(".article-heading")!.TextContent);
        Assert.Equal(2, group.QuerySelectorAll(".statement-card").Length);
        Assert.DoesNotContain("Lee and Trump meet in Gyeongju", group.QuerySelectorAll(".statement-card figcaption").Select(f => f.TextContent));
        Assert.NotNull(doc.QuerySelector("#visual-timeline[hidden][data-timeline^='/api/timeline']"));
    }

    [Fact]
    public async Task Charts_show_statements_per_month_and_summits_per_year_with_every_year_on_the_axis()
    {
        var doc = await Editors.Anonymous(desk).GetDocumentAsync("/Charts?speaker=lee-jae-myung");
        Assert.Equal("1 statement", doc.QuerySelector(".result-count")!.TextContent.Split('·')[0].Trim());
        var wide = doc.QuerySelectorAll("svg.chart-wide").First();
        Assert.Contains(wide.QuerySelectorAll("rect title"), t => t.TextContent == "2025-10: 1");
        var summitYears = doc.QuerySelectorAll("svg.chart-narrow").Last().QuerySelectorAll("text").Select(t => t.TextContent).Where(t => t.Length == 4 && t.All(char.IsDigit)).Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(summitYears.Min(), summitYears.Max() - summitYears.Min() + 1), summitYears); // no year skipped
    }
}
