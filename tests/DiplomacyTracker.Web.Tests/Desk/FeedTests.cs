using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Ical.Net.CalendarComponents;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>Atom feeds, the iCalendar feed and the downloads, each read back with a real parser; every page announces them in its head.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class FeedTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    private static XmlReader Strict(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });

    private async Task<SyndicationFeed> AtomAsync(string url)
    {
        var response = await Editors.Anonymous(desk).GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = Strict(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task A_search_feed_lists_its_statements_with_permalinks()
    {
        var feed = await AtomAsync("/feeds/statements.atom?q=Gyeongju");
        Assert.Contains("Gyeongju", feed.Title.Text);
        Assert.Equal("http://localhost/feeds/statements.atom?q=Gyeongju", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        var entry = Assert.Single(feed.Items);
        Assert.StartsWith("Donald Trump: “Trump said the Gyeongju talks", entry.Title.Text);
        Assert.Equal($"http://localhost/Statements/{desk.StatementIds[1]}", entry.Links.Single().Uri.ToString());
        Assert.Equal(new DateTimeOffset(2025, 10, 28, 15, 0, 0, TimeSpan.Zero), entry.LastUpdatedTime); // 29 Oct 2025 in Seoul
        Assert.Contains("Trump said the Gyeongju talks were a great success.", ((TextSyndicationContent)entry.Content).Text);
    }

    [Fact]
    public async Task An_actor_feed_and_the_summit_feed_read_as_Atom()
    {
        var lee = await AtomAsync("/feeds/actors/lee-jae-myung.atom");
        Assert.Equal("Statements by Lee Jae Myung · DiplomacyTracker", lee.Title.Text);
        Assert.Contains(lee.Items, i => i.Title.Text.Contains("new chapter of peace", StringComparison.Ordinal));

        var summits = await AtomAsync("/feeds/summits.atom");
        var overdue = summits.Items.Single(i => i.Id == $"http://localhost/Summits/{desk.OverdueId}");
        Assert.Equal("Desk test: Lee–Kim summit, still planned — planned, overdue — no report yet", overdue.Title.Text);
        Assert.Equal("planned", overdue.Categories.Single().Name);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await Editors.Anonymous(desk).GetAsync("/feeds/actors/nobody-at-all.atom")).StatusCode);
    }

    [Fact]
    public async Task The_calendar_has_planned_and_held_summits_known_to_the_day()
    {
        var response = await Editors.Anonymous(desk).GetAsync("/calendar/summits.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        CalendarEvent Event(int id) => calendar.Events.Single(e => e.Uid == $"summit-{id}@diplomacytracker");

        var held = Event(desk.HeldId);
        Assert.Equal(new DateOnly(2025, 10, 29), DateOnly.FromDateTime(held.DtStart!.Value));
        Assert.False(held.DtStart.HasTime);
        Assert.Equal(new DateOnly(2025, 10, 30), DateOnly.FromDateTime(held.DtEnd!.Value)); // all day: ends the next day
        Assert.Equal("Gyeongju", held.Location);
        Assert.Equal("CONFIRMED", held.Status);
        Assert.Contains("overdue — no report yet", Event(desk.OverdueId).Summary);
        Assert.Equal("TENTATIVE", Event(desk.OverdueId).Status);
        Assert.DoesNotContain("overdue", Event(desk.AheadId).Summary);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"summit-{desk.MonthOnlyId}@diplomacytracker"); // "some day in September" is no event
    }

    [Fact]
    public async Task Downloads_of_a_search_and_of_the_summits_parse_as_CSV_and_JSON()
    {
        var client = Editors.Anonymous(desk);
        var csv = await client.GetAsync("/export/statements.csv?speaker=lee-jae-myung");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("diplomacytracker-statements.csv", csv.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using (var reader = new CsvReader(new StringReader(await csv.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture))
        {
            var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
            var row = Assert.Single(rows);
            Assert.Equal("Lee Jae Myung", row["Speaker"]);
            Assert.Equal("2025-10-29", row["Said"]);
            Assert.Equal("President of South Korea", row["Role"]);
            Assert.Equal($"http://localhost/Statements/{desk.StatementIds[0]}", row["Permalink"]);
        }
        var json = JsonDocument.Parse(await client.GetStringAsync("/export/summits.json?status=Planned")).RootElement;
        var overdue = json.EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == desk.OverdueId);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.All(json.EnumerateArray(), s => Assert.Equal("planned", s.GetProperty("status").GetString()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/export/statements.csv?from=someday")).StatusCode);
    }

    [Theory]
    [InlineData("/", new[] { "text/csv", "application/json", "application/atom+xml", "text/calendar" })]
    [InlineData("/Statements?q=peace", new[] { "text/csv", "application/json", "application/atom+xml", "text/calendar" })]
    [InlineData("/Summits", new[] { "text/csv", "application/json", "application/atom+xml", "text/calendar" })]
    [InlineData("/Actors/lee-jae-myung", new[] { "text/csv", "application/json", "application/atom+xml", "text/calendar" })]
    [InlineData("/Charts?speaker=lee-jae-myung", new[] { "text/csv", "application/json", "application/atom+xml" })]
    [InlineData("/Articles", new[] { "application/atom+xml", "text/calendar" })]
    public async Task Every_page_announces_its_feeds_and_downloads_in_its_head(string page, string[] types)
    {
        var client = Editors.Anonymous(desk);
        var doc = await client.GetDocumentAsync(page);
        var links = doc.Head!.QuerySelectorAll("link[rel=alternate]").ToList();
        foreach (var type in types) Assert.Contains(links, l => l.GetAttribute("type") == type);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link.GetAttribute("href"));
            Assert.True(response.IsSuccessStatusCode, $"{page}: {link.GetAttribute("href")} answered {(int)response.StatusCode}");
            Assert.Equal(link.GetAttribute("type"), response.Content.Headers.ContentType!.MediaType);
        }
    }
}
