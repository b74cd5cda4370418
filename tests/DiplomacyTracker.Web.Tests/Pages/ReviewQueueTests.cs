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
        catalog.Invalidate(); // the actor went straight into the store, past the app
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
        var review = await anonymous.GetDocumentAsync("/Review");
        var links = review.QuerySelectorAll("main a[href='/Actors/harbourmaster-office']");
        Assert.Single(links); // only in the list of rejected names, not among the actors waiting for review
        Assert.NotNull(links[0].Closest("ul.rejected-actors"));
        var page = await anonymous.GetDocumentAsync("/Actors/harbourmaster-office");
        Assert.NotNull(page.QuerySelector(".rejected-actor"));
    }

    [Fact]
    public async Task Restoring_a_rejected_actor_gives_back_its_statements_and_summits()
    {
        var actor = await factory.WithDbAsync(db => StoreSeed.DiscoveredActorAsync(db, "Lighthouse Board", "lighthouse-board", "Lighthouse Authority"));
        await factory.WithDbAsync(db => StoreSeed.DiscoveredActorAsync(db, "Lighthouse Guild", "lighthouse-guild", "Lighthouse Authority"));
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Lights", StoreSeed.Day(2025, 9, 3),
            new StoreSeed.Quote("lighthouse-board", "The Lighthouse Board said the lamps stay lit.", StoreSeed.Day(2025, 9, 3), "the Lighthouse Board")));
        var summitId = await factory.WithDbAsync(async db =>
        {
            var summit = new Summit { Title = "Lamp talks", Start = StoreSeed.Day(2025, 9, 4), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            summit.Participants.Add(new SummitParticipant { ActorId = actor.Id });
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var client = await Editors.SignedInAsync(factory);
        await client.SubmitFormAsync("/Review", $"form[action*='handler=Actor&id={actor.Id}&verdict=reject']", new Dictionary<string, string>());
        Assert.Null((await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]))).SpeakerId);

        // Stored while the name was rejected, as the analysis writes them: the name as written, no speaker.
        var (later, ambiguous) = await factory.WithDbAsync(async db =>
        {
            Statement Unattributed(string who, string text) => new()
            {
                ArticleId = articleId, SpeakerText = who, Text = text, Kind = StatementKind.Direct, Cue = "said", CreatedUtc = DateTime.UtcNow,
            };
            var l = Unattributed("the LIGHTHOUSE-BOARD", "Later the board said so again."); // the same name, written otherwise
            var a = Unattributed("Lighthouse Authority", "Someone at a lighthouse said something.");
            db.Statements.AddRange(l, a);
            await db.SaveChangesAsync();
            return (l.Id, a.Id);
        });

        var page = await client.GetDocumentAsync("/Actors/lighthouse-board");
        Assert.NotNull(page.QuerySelector("form[action*='verdict=accept'] button"));
        var response = await client.SubmitFormAsync("/Actors/lighthouse-board", $"form[action*='handler=Actor&id={actor.Id}&verdict=accept']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var speakers = await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == ids[0] || s.Id == later || s.Id == ambiguous)
            .ToDictionaryAsync(s => s.Id, s => s.SpeakerId));
        Assert.Equal(actor.Id, speakers[ids[0]]);   // taken by the rejection, given back
        Assert.Equal(actor.Id, speakers[later]);    // stored since under its own name
        Assert.Null(speakers[ambiguous]);           // a spelling another actor also answers to stays unattributed
        Assert.True(await factory.WithDbAsync(db => db.SummitParticipants.AnyAsync(p => p.SummitId == summitId && p.ActorId == actor.Id)));
        Assert.Equal(ReviewState.Accepted, (await factory.WithDbAsync(db => db.Actors.SingleAsync(a => a.Id == actor.Id))).Review);
        Assert.NotEmpty((await factory.Services.GetRequiredService<CatalogProvider>().GetAsync()).FindByName("Lighthouse Board"));
        var restored = await Editors.Anonymous(factory).GetDocumentAsync("/Actors/lighthouse-board");
        Assert.Null(restored.QuerySelector(".rejected-actor"));
        Assert.Contains("the lamps stay lit", restored.QuerySelector("main")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Actor" && e.EntityId == actor.Id && e.After!.Contains("restored as an actor"))));
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
