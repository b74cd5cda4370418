using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Editors add, pause and "scrape now" sources from the Sources page; bad input is explained.</summary>
public sealed class SourcesTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Editor_adds_pauses_and_requests_a_scrape()
    {
        var client = await Editors.SignedInAsync(factory);
        var added = await client.SubmitFormAsync("/Sources/Edit", "main form", new Dictionary<string, string>
        {
            ["Name"] = "Test wire", ["SourceUrl"] = "https://news.example.org/feed.xml", ["Kind"] = "0", ["TimeZone"] = "Asia/Seoul", ["IntervalMinutes"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var source = await factory.WithDbAsync(db => db.Sources.SingleAsync(s => s.Name == "Test wire"));

        var table = await client.GetDocumentAsync("/Sources");
        Assert.Contains("Test wire", table.QuerySelector("tbody")!.TextContent);
        var pause = await client.SubmitFormAsync("/Sources", $"form[action='/Sources/Manage/{source.Id}?handler=Pause']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, pause.StatusCode);
        Assert.True((await factory.WithDbAsync(db => db.Sources.SingleAsync(s => s.Id == source.Id))).IsPaused);

        var scrape = await client.SubmitFormAsync("/Sources", $"form[action='/Sources/Manage/{source.Id}?handler=Scrape']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, scrape.StatusCode);
        Assert.NotNull((await factory.WithDbAsync(db => db.Sources.SingleAsync(s => s.Id == source.Id))).ScrapeRequestedUtc);
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Source" && e.EntityId == source.Id && e.Action == "pause")));
    }

    [Fact]
    public async Task Unusable_source_input_is_explained()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Sources/Edit", "main form", new Dictionary<string, string>
        {
            ["Name"] = "Broken", ["SourceUrl"] = "ftp://nope", ["Kind"] = "0", ["TimeZone"] = "Asia/Seoul", ["IntervalMinutes"] = "30",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector(".error li"));
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Name == "Broken")));
    }
}
