using System.Net;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (9): editors add an actor, correct a statement's date at its precision, enter a missed statement or summit
/// (marked as entered by an editor, with its article), merge actors only after choosing from a list and confirming,
/// and undo a merge; a new speaker brings "as the article named them" along.
/// </summary>
public sealed class EditorToolsTests(TrustWebFactory factory) : IClassFixture<TrustWebFactory>
{
    private async Task ReanalyzeAsync(int articleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArticleStore>().ReanalyzeAsync(articleId);
    }

    [Fact]
    public async Task An_editor_adds_an_actor_once_and_gives_them_a_statement()
    {
        var client = await Editors.SignedInAsync(factory);
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Envoy speaks", StoreSeed.Day(2025, 9, 1),
            new StoreSeed.Quote("moon-jae-in", "Envoy Orla Quennet said the talks were useful.", StoreSeed.Day(2025, 9, 1))));

        var added = await client.SubmitFormAsync("/Actors/Add", "main form", new Dictionary<string, string>
        {
            ["Name"] = "Orla Quennet", ["Kind"] = "Person", ["Country"] = "ie", ["Aliases"] = "Envoy Quennet", ["Roles"] = "Special Envoy | Foreign Ministry | 2024 |",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var actor = await factory.WithDbAsync(db => db.Actors.Include(a => a.Aliases).Include(a => a.Roles).SingleAsync(a => a.Name == "Orla Quennet"));
        Assert.Equal((ActorOrigin.Editor, "IE"), (actor.Origin, actor.Country));
        Assert.Equal(2, actor.Aliases.Count);
        Assert.Equal("Special Envoy", Assert.Single(actor.Roles).Title);

        var twice = await client.SubmitFormAsync("/Actors/Add", "main form", new Dictionary<string, string> { ["Name"] = "envoy quennet" });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("already a spelling of Orla Quennet", (await Html.ParseAsync(twice)).QuerySelector(".error")!.TextContent);

        var fields = await FormFields.ReadAsync(client, $"/Statements/Edit/{ids[0]}", "main form");
        fields["Speaker"] = "Orla Quennet";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync($"/Statements/Edit/{ids[0]}", "main form", fields)).StatusCode);
        var statement = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Equal(actor.Id, statement.SpeakerId);
        Assert.Equal("Orla Quennet", statement.SpeakerText); // as the article names her, not the old speaker's name
        Assert.Equal(articleId, statement.ArticleId);
    }

    [Theory]
    [InlineData("2025-10", DatePrecision.Month)]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("2025-10-07 14:30", DatePrecision.Time)]
    [InlineData("", DatePrecision.Unknown)]
    public async Task A_statements_date_is_corrected_at_the_precision_typed(string typed, DatePrecision precision)
    {
        var client = await Editors.SignedInAsync(factory);
        var (_, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, $"Dated {typed}", StoreSeed.Day(2025, 10, 9),
            new StoreSeed.Quote("moon-jae-in", $"Moon said the date was {typed}.", StoreSeed.Day(2025, 10, 9))));
        var fields = await FormFields.ReadAsync(client, $"/Statements/Edit/{ids[0]}", "main form");
        Assert.Equal("2025-10-09", fields["SaidOn"]);
        fields["SaidOn"] = typed;

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync($"/Statements/Edit/{ids[0]}", "main form", fields)).StatusCode);

        var stored = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Equal(precision, stored.SaidOn?.Precision ?? DatePrecision.Unknown);
        Assert.NotNull(stored.EditedUtc);
        var bad = await client.SubmitFormAsync($"/Statements/Edit/{ids[0]}", "main form", new Dictionary<string, string>(fields) { ["SaidOn"] = "yesterday" });
        Assert.Contains("2025-10-18 (a day)", (await Html.ParseAsync(bad)).QuerySelector(".error")!.TextContent);
    }

    [Fact]
    public async Task A_missed_statement_and_a_missed_summit_are_entered_marked_and_kept_by_reanalysis()
    {
        var client = await Editors.SignedInAsync(factory);
        var (articleId, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Missed words", StoreSeed.Day(2025, 8, 20)));
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Articles.SingleAsync(x => x.Id == articleId);
            a.Text += "\n\nThe two leaders met in Gyeongju on Wednesday, the ministry said. \"We will meet again in spring,\" Lee Jae-myung told reporters.";
            return await db.SaveChangesAsync();
        });

        var statement = await client.SubmitFormAsync($"/Statements/Add?article={articleId}", "main form", new Dictionary<string, string>
        {
            ["Speaker"] = "Lee Jae-myung", ["Text"] = "We will meet again in spring", ["Kind"] = "Direct", ["SaidOn"] = "2025-08-20",
        });
        Assert.Equal(HttpStatusCode.Redirect, statement.StatusCode);
        var summit = await client.SubmitFormAsync($"/Summits/Add?article={articleId}", "main form", new Dictionary<string, string>
        {
            ["Title"] = "Lee–Ishiba meeting in Gyeongju", ["Status"] = "Held", ["Start"] = "2025-08-20", ["Location"] = "Gyeongju",
            ["Participants"] = "Lee Jae-myung\nShigeru Ishiba", ["Passage"] = "The two leaders met in Gyeongju on Wednesday",
        });
        Assert.Equal(HttpStatusCode.Redirect, summit.StatusCode);

        await ReanalyzeAsync(articleId);

        var entered = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.ArticleId == articleId && s.EnteredByEditor));
        Assert.Equal("We will meet again in spring", entered.Text);
        Assert.Equal("Lee Jae-myung", entered.SpeakerText);
        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == articleId));
        Assert.Equal("We will meet again in spring", article.Text[entered.StartOffset..entered.EndOffset]);
        var summitId = int.Parse(summit.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var evidence = await factory.WithDbAsync(db => db.SummitEvidence.SingleAsync(e => e.SummitId == summitId));
        Assert.True(evidence.EnteredByEditor);
        Assert.Equal(articleId, evidence.ArticleId);
        Assert.Equal(2, await factory.WithDbAsync(db => db.SummitParticipants.CountAsync(p => p.SummitId == summitId)));

        var reader = Editors.Anonymous(factory);
        Assert.Contains("entered by an editor", (await reader.GetDocumentAsync($"/Articles/{articleId}")).QuerySelector("main")!.TextContent);
        Assert.Contains("Entered by an editor", (await reader.GetDocumentAsync($"/Summits/{summitId}")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_actor_merge_needs_a_choice_from_the_list_and_a_confirmation_and_can_be_undone()
    {
        var client = await Editors.SignedInAsync(factory);
        // Two people a typed "Kim Gu" could mean: the independence leader (d. 1949) and a living diplomat.
        var (koo, diplomat, duplicate) = await factory.WithDbAsync(async db =>
        {
            var k = await StoreSeed.DiscoveredActorAsync(db, "Kim Gu", "kim-gu-1876", "Kim Koo", "김구");
            k.Description = "Independence leader, died 1949";
            var d = await StoreSeed.DiscoveredActorAsync(db, "Kim Gu-hyeon", "kim-gu-hyeon", "Ambassador Kim Gu-hyeon");
            d.Description = "Diplomat";
            d.Roles.Add(new ActorRole { Title = "Ambassador", Organisation = "Foreign Ministry" });
            var dup = await StoreSeed.DiscoveredActorAsync(db, "Ambassador Kim", "ambassador-kim-dup", "Amb. Kim Gu-hyeon");
            dup.Roles.Add(new ActorRole { Title = "Envoy" });
            await db.SaveChangesAsync();
            return (k, d, dup);
        });
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Ambassador remarks", StoreSeed.Day(2025, 7, 1),
            new StoreSeed.Quote("ambassador-kim-dup", "Ambassador Kim said the visit went well.", StoreSeed.Day(2025, 7, 1), "Ambassador Kim")));
        var summitId = await factory.WithDbAsync(async db =>
        {
            var s = await db.Summits.OrderBy(x => x.Id).FirstAsync();
            db.SummitParticipants.Add(new SummitParticipant { SummitId = s.Id, ActorId = duplicate.Id });
            await db.SaveChangesAsync();
            return s.Id;
        });

        var list = await client.GetDocumentAsync($"/Actors/Merge/{duplicate.Id}?q=Kim+Gu");
        var choices = list.QuerySelectorAll(".merge-choices li").Select(li => li.TextContent).ToList();
        Assert.Contains(choices, c => c.Contains("Independence leader, died 1949"));
        Assert.Contains(choices, c => c.Contains("Diplomat") && c.Contains("Ambassador, Foreign Ministry"));
        var token = await client.TokenAsync($"/Actors/Merge/{duplicate.Id}?into={diplomat.Id}");
        var unconfirmed = await client.PostAsync($"/Actors/Merge/{duplicate.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["q"] = "Kim Gu",
        }));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode); // a typed name alone merges nothing
        Assert.Null(await factory.WithDbAsync(db => db.Actors.Where(a => a.Id == duplicate.Id).Select(a => a.MergedIntoId).SingleAsync()));

        var confirm = await client.GetDocumentAsync($"/Actors/Merge/{duplicate.Id}?into={diplomat.Id}");
        Assert.Contains("Merge Ambassador Kim into Kim Gu-hyeon?", confirm.QuerySelector("#confirm-heading")!.TextContent);
        Assert.Contains("Moves 1 statement(s), 1 summit seat(s)", confirm.QuerySelector(".merge-confirm")!.TextContent);
        var merged = await client.SubmitFormAsync($"/Actors/Merge/{duplicate.Id}?into={diplomat.Id}", "form.merge-confirm-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(diplomat.Id, await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == ids[0]).Select(s => s.SpeakerId).SingleAsync()));
        Assert.Equal(koo.Id, await factory.WithDbAsync(db => db.Actors.Where(a => a.Id == koo.Id).Select(a => a.Id).SingleAsync()));

        var undo = await client.SubmitFormAsync("/Actors/kim-gu-hyeon", "form.undo-merge", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        var back = await factory.WithDbAsync(db => db.Actors.Include(a => a.Aliases).Include(a => a.Roles).SingleAsync(a => a.Id == duplicate.Id));
        Assert.Null(back.MergedIntoId);
        Assert.Equal(["Amb. Kim Gu-hyeon", "Ambassador Kim"], back.Aliases.Select(a => a.Text).Order());
        Assert.Equal("Envoy", Assert.Single(back.Roles).Title);
        Assert.Equal(duplicate.Id, await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == ids[0]).Select(s => s.SpeakerId).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.SummitParticipants.AnyAsync(p => p.SummitId == summitId && p.ActorId == duplicate.Id)));
        Assert.False(await factory.WithDbAsync(db => db.SummitParticipants.AnyAsync(p => p.SummitId == summitId && p.ActorId == diplomat.Id)));
        var target = await factory.WithDbAsync(db => db.Actors.Include(a => a.Aliases).Include(a => a.Roles).SingleAsync(a => a.Id == diplomat.Id));
        Assert.Equal(["Ambassador Kim Gu-hyeon", "Kim Gu-hyeon"], target.Aliases.Select(a => a.Text).Order());
        Assert.Equal("Ambassador", Assert.Single(target.Roles).Title);
        Assert.Equal(articleId, await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == ids[0]).Select(s => s.ArticleId).SingleAsync()));
    }
}
