using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Merging a discovered actor (a bare "Kang") into the right one, chosen from a list and confirmed, moves statements, participation and spellings.</summary>
public sealed class MergeTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Merge_moves_statements_and_aliases_and_leaves_a_tombstone()
    {
        var (kang, full) = await factory.WithDbAsync(async db =>
            (await StoreSeed.DiscoveredActorAsync(db, "Testa", "testa"), await StoreSeed.DiscoveredActorAsync(db, "Testa Marionne", "testa-marionne", "테스타마리")));
        var (_, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Testa speaks", StoreSeed.Day(2025, 9, 10),
            new StoreSeed.Quote("testa", "Testa said the alliance is strong.", StoreSeed.Day(2025, 9, 10), "Ambassador Testa")));

        var client = await Editors.SignedInAsync(factory);
        // Search by any spelling, choose from the list, confirm.
        var choices = await client.GetDocumentAsync($"/Actors/Merge/{kang.Id}?q=" + Uri.EscapeDataString("테스타마리"));
        var choose = choices.QuerySelector(".merge-choices a.button")!.GetAttribute("href")!;
        Assert.Equal($"/Actors/Merge/{kang.Id}?into={full.Id}", choose);
        var response = await client.SubmitFormAsync(choose, "form.merge-confirm-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Actors/testa-marionne", response.Headers.Location!.OriginalString);

        var statement = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Equal(full.Id, statement.SpeakerId);
        var tombstone = await factory.WithDbAsync(db => db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Id == kang.Id));
        Assert.Equal(full.Id, tombstone.MergedIntoId);
        Assert.Empty(tombstone.Aliases);
        Assert.True(await factory.WithDbAsync(db => db.ActorAliases.AnyAsync(a => a.ActorId == full.Id && a.Normalized == "testa")));
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Actor" && e.EntityId == kang.Id && e.Action == "merge")));

        var anonymous = Editors.Anonymous(factory);
        var list = await anonymous.GetDocumentAsync("/Actors?q=testa");
        Assert.Equal(["Testa Marionne"], list.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent).ToList());
        var old = await anonymous.GetAsync("/Actors/testa");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        var page = await anonymous.GetDocumentAsync("/Actors/testa-marionne");
        Assert.Contains("alliance is strong", page.QuerySelector("main")!.TextContent);
        var bySpelling = await anonymous.GetDocumentAsync("/Statements?speaker=Testa");
        Assert.Single(bySpelling.QuerySelectorAll(".statement-card"));
    }

    [Fact]
    public async Task Merge_into_itself_or_an_unknown_name_is_refused()
    {
        var actor = await factory.WithDbAsync(db => StoreSeed.DiscoveredActorAsync(db, "Park Solo", "park-solo"));
        var client = await Editors.SignedInAsync(factory);
        var self = await client.GetDocumentAsync($"/Actors/Merge/{actor.Id}?into={actor.Id}");
        Assert.Contains("cannot be merged into itself", self.QuerySelector(".error")!.TextContent);
        var alone = await client.GetDocumentAsync($"/Actors/Merge/{actor.Id}?q=Park+Solo");
        Assert.Contains("No other actor answers to", alone.QuerySelector(".error")!.TextContent);
        var unknown = await client.GetDocumentAsync($"/Actors/Merge/{actor.Id}?q=Nobody+Known");
        Assert.Contains("No other actor answers to", unknown.QuerySelector(".error")!.TextContent);
        Assert.Null((await factory.WithDbAsync(db => db.Actors.SingleAsync(a => a.Id == actor.Id))).MergedIntoId);
    }
}
