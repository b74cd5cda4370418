using System.Net;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// An article pasted without a date is not a dead end: an editor adds the date, the article is analysed again, its
/// statements get dates and reach the timeline; corrected fields, typed source names and statement ids survive re-analysis.
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class ArticleCorrectionTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    // Articles in one class differ by a word only: their dates lie far apart so none is taken for another's near-duplicate.
    private const string Dispatch =
        "SEOUL — President Lee Jae Myung said on Tuesday that talks with North Korea would resume after the harvest.\n\n" +
        "“We will keep the door to Pyongyang open,” Lee told reporters at the presidential office.";

    private async Task<(HttpClient Client, int ArticleId)> PasteAsync(string title, string? published = null, string? site = null)
    {
        var client = await Editors.SignedInAsync(factory);
        var fields = new Dictionary<string, string> { ["Pasted"] = Dispatch.Replace("harvest", title), ["Title"] = title };
        if (published is not null) fields["Published"] = published;
        if (site is not null) fields["SiteName"] = site;
        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (client, int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]));
    }

    [Fact]
    public async Task An_undated_article_gets_its_date_from_an_editor_and_its_statements_reach_the_timeline()
    {
        var (client, id) = await PasteAsync("Undated Lee dispatch");
        var statements = await factory.WithDbAsync(db => db.Statements.Where(s => s.ArticleId == id).ToListAsync());
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Null(s.SaidUtc));

        var response = await client.SubmitFormAsync($"/Articles/Edit/{id}", "main form", new Dictionary<string, string>
        {
            ["Title"] = "Undated Lee dispatch", ["Published"] = "2025-10-17", ["SiteName"] = "Wire copy",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dated = await factory.WithDbAsync(db => db.Statements.Where(s => s.ArticleId == id).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(statements.Select(s => s.Id).Order(), dated.Select(s => s.Id).Order());
        var tuesday = dated.Single(s => s.Text.Contains("talks with North Korea"));
        Assert.Equal(new DateOnly(2025, 10, 14), tuesday.SaidOn!.Value.LocalDay);

        var timeline = await Editors.Anonymous(factory).GetDocumentAsync("/?actor=lee-jae-myung&kind=statements&from=2025-10&to=2025-10");
        Assert.Contains("talks with North Korea", timeline.QuerySelector("main")!.TextContent);
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        Assert.Contains("Wire copy", page.QuerySelector(".meta")!.TextContent);
        Assert.Contains("2025-10-17", page.QuerySelector(".history")!.TextContent);
    }

    [Fact]
    public async Task Re_analysis_keeps_the_typed_source_the_edited_date_and_every_statement_id()
    {
        var (client, id) = await PasteAsync("Sourced Lee dispatch", "2025-06-13", "Korea Pro Test");
        var before = await factory.WithDbAsync(db => db.Statements.Where(s => s.ArticleId == id).Select(s => s.Id).OrderBy(x => x).ToListAsync());
        Assert.NotEmpty(before);

        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ArticleStore>().ReanalyzeAsync(id);
        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == id));
        Assert.Equal("Korea Pro Test", article.SiteName);
        Assert.Equal(new DateOnly(2025, 6, 13), article.Published!.Value.LocalDay);
        var after = await factory.WithDbAsync(db => db.Statements.Where(s => s.ArticleId == id).Select(s => s.Id).OrderBy(x => x).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Preview_says_when_the_article_is_already_stored()
    {
        var (client, id) = await PasteAsync("Twice pasted dispatch", "2024-12-13");
        var preview = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = Dispatch.Replace("harvest", "Twice pasted dispatch"), ["Title"] = "Twice pasted dispatch",
        }, "/Articles/Add?handler=Preview");
        var notice = (await Html.ParseAsync(preview)).QuerySelector("#preview-heading ~ .notice")!;
        Assert.Contains("Already stored", notice.TextContent);
        Assert.Equal($"/Articles/{id}", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_statement_correction_is_shown_on_the_article_and_a_deletion_in_the_history()
    {
        var (client, id) = await PasteAsync("Corrected Lee dispatch", "2025-03-14");
        var statementId = await factory.WithDbAsync(db => db.Statements.Where(s => s.ArticleId == id).Select(s => s.Id).FirstAsync());
        await client.SubmitFormAsync($"/Statements/Edit/{statementId}", "main form", new Dictionary<string, string>
        {
            ["Speaker"] = "Lee Jae Myung", ["SpeakerText"] = "President Lee", ["Text"] = "We will keep the door to Pyongyang open,", ["Kind"] = "0",
        });
        var page = await client.GetDocumentAsync($"/Articles/{id}");
        Assert.Contains("Edited 1 time", page.QuerySelector("details.statement-history")!.TextContent);

        var confirm = await client.SubmitFormAsync($"/Articles/Delete/{id}", "main form.actions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var history = await client.GetDocumentAsync("/History?kind=Article"); // editors only (issue 11)
        Assert.Contains("Corrected Lee dispatch", history.QuerySelector("ol.history")!.TextContent);
    }

    [Fact]
    public async Task Deleting_the_article_that_said_held_takes_the_summit_back_to_what_the_rest_say()
    {
        var (planned, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Summit planned", StoreSeed.Day(2025, 9, 1),
            new StoreSeed.Quote("donald-trump", "We plan to meet in the autumn.", StoreSeed.Day(2025, 9, 1))));
        var (held, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Summit held (wrongly)", StoreSeed.Day(2025, 9, 10),
            new StoreSeed.Quote("donald-trump", "We met today.", StoreSeed.Day(2025, 9, 10))));
        var summitId = await factory.WithDbAsync(async db =>
        {
            var summit = new Data.Entities.Summit { Title = "Autumn meeting", Status = Analysis.SummitStatus.Held, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            summit.Evidence.Add(new Data.Entities.SummitEvidence { ArticleId = planned, Status = Analysis.SummitStatus.Planned, Excerpt = "plan", ReportedUtc = new DateTime(2025, 8, 31, 15, 0, 0, DateTimeKind.Utc), CreatedUtc = DateTime.UtcNow });
            summit.Evidence.Add(new Data.Entities.SummitEvidence { ArticleId = held, Status = Analysis.SummitStatus.Held, Excerpt = "met", ReportedUtc = new DateTime(2025, 9, 9, 15, 0, 0, DateTimeKind.Utc), CreatedUtc = DateTime.UtcNow });
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var client = await Editors.SignedInAsync(factory);
        var confirm = await client.GetDocumentAsync($"/Articles/Delete/{held}");
        Assert.Contains("Autumn meeting", confirm.QuerySelector("main")!.TextContent);

        var response = await client.SubmitFormAsync($"/Articles/Delete/{held}", "main form.actions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var summitAfter = await factory.WithDbAsync(db => db.Summits.Include(s => s.Evidence).SingleAsync(s => s.Id == summitId));
        Assert.Equal(Analysis.SummitStatus.Planned, summitAfter.Status);
        Assert.Single(summitAfter.Evidence);
    }
}
