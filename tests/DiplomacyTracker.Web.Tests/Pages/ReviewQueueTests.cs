using System.Net;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Review: rejecting a discovered actor means "not an actor"; queues are counted and paged; undated summits wait for a date.</summary>
public sealed class ReviewQueueTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Rejecting_an_actor_unattributes_its_statements_and_hides_it_everywhere()
    {
        var actor = await factory.WithDbAsync(db => StoreSeed.DiscoveredActorAsync(db, "Harbourmaster Office", "harbourmaster-office", "Harbourmaster"));
        var (_, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Port statement", StoreSeed.Day(2025, 9, 1),
            new StoreSeed.Quote("harbourmaster-office", "The Harbourmaster Office said ships may dock.", StoreSeed.Day(2025, 9, 1), "the Harbourmaster Office")));
        var summitId = await factory.WithDbAsync(async db =>
        {
            var summit = new Summit { Title = "Port talks", Start = StoreSeed.Day(2025, 9, 2), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            summit.Participants.Add(new SummitParticipant { ActorId = actor.Id });
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var catalog = factory.Services.GetRequiredService<CatalogProvider>();
        Assert.NotEmpty((await catalog.GetAsync()).FindByName("Harbourmaster Office"));

        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Review", $"form[action*='handler=Actor&id={actor.Id}&verdict=reject']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var statement = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Null(statement.SpeakerId);
        Assert.Equal("the Harbourmaster Office", statement.SpeakerText);
        Assert.False(await factory.WithDbAsync(db => db.SummitParticipants.AnyAsync(p => p.SummitId == summitId)));
        Assert.Equal(ReviewState.Rejected, (await factory.WithDbAsync(db => db.Actors.SingleAsync(a => a.Id == actor.Id))).Review);
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Actor" && e.EntityId == actor.Id && e.Action == "review" && e.After!.Contains("Rejected"))));

        Assert.Empty((await catalog.GetAsync()).FindByName("Harbourmaster Office"));
        Assert.Empty((await factory.WithDbAsync(db => CatalogProvider.LoadAsync(db))).FindByName("Harbourmaster"));
        var anonymous = Editors.Anonymous(factory);
        Assert.Empty((await anonymous.GetDocumentAsync("/Actors?q=harbourmaster")).QuerySelectorAll("tbody td:first-child a"));
        Assert.Equal("[]", await anonymous.GetStringAsync("/Statements?handler=Speakers&term=Harbourm"));
        Assert.Contains("No official is known", (await anonymous.GetDocumentAsync("/Statements?speaker=Harbourmaster")).QuerySelector(".error")!.TextContent);
        Assert.DoesNotContain("Harbourmaster Office", (await anonymous.GetDocumentAsync("/Review")).QuerySelector("main")!.TextContent);
        var page = await anonymous.GetDocumentAsync("/Actors/harbourmaster-office");
        Assert.NotNull(page.QuerySelector(".rejected-actor"));
    }

    [Fact]
    public async Task Queues_show_their_totals_and_page_through_every_item()
    {
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 57; i++) await StoreSeed.DiscoveredActorAsync(db, $"Queue Person {i:00}", $"queue-person-{i:00}");
        });
        var pending = await factory.WithDbAsync(db => db.Actors
            .Where(a => a.Origin == ActorOrigin.Discovered && a.Review == ReviewState.Pending && a.MergedIntoId == null).Select(a => a.Name).ToListAsync());
        var client = Editors.Anonymous(factory);
        var doc = await client.GetDocumentAsync("/Review");
        Assert.Equal($"Discovered actors ({pending.Count})", doc.QuerySelector("h2#actors")!.TextContent);
        var seen = new List<string>();
        string? next = "/Review";
        while (next is not null)
        {
            var pageDoc = await client.GetDocumentAsync(next);
            var list = pageDoc.QuerySelector("h2#actors")!.NextElementSibling!.NextElementSibling!;
            var names = list.QuerySelectorAll("li > a:first-child").Select(a => a.TextContent).ToList();
            Assert.InRange(names.Count, 1, 50);
            seen.AddRange(names);
            next = list.NextElementSibling?.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(pending.Order(), seen.Order());
    }

    [Fact]
    public async Task Undated_summits_are_listed_with_a_link_to_date_them()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var summit = new Summit { Title = "Someday summit", Status = SummitStatus.Proposed, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var client = await Editors.SignedInAsync(factory);
        var doc = await client.GetDocumentAsync("/Review");
        var item = doc.QuerySelectorAll(".undated-summits li").Single(li => li.TextContent.Contains("Someday summit"));
        Assert.NotNull(item.QuerySelector($"a[href='/Summits/Edit/{id}']"));
        Assert.StartsWith("Summits without a date (", doc.QuerySelector("h2#summits")!.TextContent);
    }
}
