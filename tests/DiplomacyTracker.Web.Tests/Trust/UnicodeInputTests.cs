using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (4): one U+FFFE (and its kin) in any query, route value or form field is cleaned at the edge — every page
/// answers as it would for any odd text, never 500, and nothing is half-saved.
/// </summary>
public sealed class UnicodeInputTests(TrustWebFactory factory) : IClassFixture<TrustWebFactory>
{
    private const string Bad = "\uFFFE";
    private const string BadInUrl = "%EF%BF%BE"; // U+FFFE in UTF-8, as a browser sends it

    [Theory]
    [InlineData("/Statements?speaker=" + BadInUrl)]
    [InlineData("/Statements?speaker=Kim" + BadInUrl + "&q=summit")]
    [InlineData("/Statements?q=" + BadInUrl + "talks")]
    [InlineData("/Statements?handler=Speakers&term=" + BadInUrl)]
    [InlineData("/Statements?handler=Speakers&term=Ki" + BadInUrl)]
    [InlineData("/?actor=" + BadInUrl)]
    [InlineData("/?actor=Moon" + BadInUrl + "&kind=statements")]
    [InlineData("/?country=" + BadInUrl)]
    [InlineData("/Actors?q=" + BadInUrl)]
    [InlineData("/Actors/" + BadInUrl)]
    [InlineData("/Articles?relevance=" + BadInUrl)]
    [InlineData("/Summits?status=" + BadInUrl)]
    [InlineData("/Statements?from=" + BadInUrl + "&to=2025")]
    [InlineData("/?" + BadInUrl + "=1")]
    // The reading API, feeds and downloads bind the same query values.
    [InlineData("/api/statements?speaker=" + BadInUrl + "&q=talks" + BadInUrl)]
    [InlineData("/api/actors?q=Ki" + BadInUrl)]
    [InlineData("/api/actors/" + BadInUrl)]
    [InlineData("/api/timeline?actor=" + BadInUrl)]
    [InlineData("/feeds/statements.atom?speaker=" + BadInUrl)]
    [InlineData("/feeds/actors/kim" + BadInUrl + ".atom")]
    [InlineData("/export/statements.csv?speaker=Moon" + BadInUrl)]
    [InlineData("/export/statements.json?q=" + BadInUrl)]
    public async Task Pages_answer_without_a_server_error(string url)
    {
        var response = await Editors.Anonymous(factory).GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("\uFFFE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editor_forms_store_cleaned_text_and_never_half_save()
    {
        var client = await Editors.SignedInAsync(factory);
        var (articleId, statementIds) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Unicode target", StoreSeed.Day(2025, 10, 3),
            new StoreSeed.Quote("moon-jae-in", "Moon said the talks would go on.", StoreSeed.Day(2025, 10, 3))));
        var actorId = await factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "kim-jong-un").Select(a => a.Id).SingleAsync());
        var summitId = await factory.WithDbAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var foundSummit = await factory.WithDbAsync(async db =>
        {
            var found = new DiplomacyTracker.Data.Entities.Summit { Title = "Summit found in an article", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            db.Summits.Add(found);
            await db.SaveChangesAsync();
            return found.Id;
        });
        var forms = new (string Page, string Form, Dictionary<string, string> Fields, string? Action)[]
        {
            ($"/Statements/Edit/{statementIds[0]}", "main form", new() { ["Speaker"] = "Moon" + Bad, ["SpeakerText"] = "Moon" + Bad, ["Text"] = "Moon said" + Bad, ["Kind"] = "Direct" }, null),
            ($"/Statements/Edit/{statementIds[0]}", "main form", new() { ["Speaker"] = "Moon Jae-in", ["Text"] = "Moon said the talks would go on." + Bad, ["Kind"] = "Direct" }, null),
            ($"/Actors/Edit/{actorId}", "main form", new() { ["Name"] = "Kim Jong Un" + Bad, ["Aliases"] = "Kim" + Bad + "Jong-un\n" + Bad, ["Roles"] = "" }, null),
            ($"/Summits/Edit/{summitId}", "main form", new() { ["Title"] = "Summit " + Bad, ["Status"] = "Held", ["Participants"] = "Kim" + Bad, ["Location"] = Bad }, null),
            ($"/Summits/Merge/{foundSummit}", "main form", new() { ["Target"] = "Singapore" + Bad }, null),
            ($"/Articles/Edit/{articleId}", "main form", new() { ["Title"] = "Title " + Bad, ["Published"] = "2025-10-03", ["SiteName"] = "Site" + Bad }, null),
            ("/Articles/Add", "main form", new() { ["Pasted"] = "Seoul dispatch" + Bad + "\n\nThe envoy said talks would resume soon, officials in Seoul said on Friday.", ["Title"] = "Added " + Bad }, "/Articles/Add?handler=Preview"),
            ("/Articles/Add", "main form", new() { ["Pasted"] = "Seoul dispatch" + Bad + "\n\nThe envoy said talks would resume soon, officials in Seoul said on Friday.", ["Title"] = "Added " + Bad }, "/Articles/Add?handler=Save"),
            ("/Account/Editors", "form.add-editor", new() { ["Email"] = "new" + Bad + "@example.org" }, null),
            ("/Sources/Edit", "main form", new() { ["Name"] = "Feed " + Bad, ["SourceUrl"] = "https://news.example.org/feed" + Bad + ".xml", ["Kind"] = "Feed", ["TimeZone"] = "Asia/Seoul", ["IntervalMinutes"] = "30" }, null),
        };
        foreach (var (page, form, fields, action) in forms)
        {
            var response = await client.SubmitFormAsync(page, form, fields, action);
            Assert.True((int)response.StatusCode < 500, $"{page} answered {(int)response.StatusCode}");
        }

        var token = await client.TokenAsync("/Review");
        foreach (var (url, fields) in new[]
                 {
                     ($"/Review/Decide?handler=Statement&id={statementIds[0]}&verdict=acc" + BadInUrl, []),
                     ($"/Summits/Manage/{foundSummit}?handler=Unlink&evidenceId=" + BadInUrl, []),
                     ("/Account/Password", new Dictionary<string, string> { ["Current"] = Bad, ["New"] = "new" + Bad + "password!", ["Repeat"] = "new" + Bad + "password!" }),
                 })
        {
            fields["__RequestVerificationToken"] = token;
            var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        }
        var signIn = await Editors.Anonymous(factory).SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string>
        {
            ["Email"] = "someone" + Bad + "@example.org", ["Password"] = Bad,
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var history = await client.GetAsync("/History?editor=" + BadInUrl + "&kind=" + BadInUrl);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var merge = await client.GetAsync($"/Actors/Merge/{actorId}?q=Moon" + BadInUrl);
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);

        var stored = await factory.WithDbAsync(async db => string.Join("\n",
            (await db.Articles.Select(a => a.Title + a.Text + a.SiteName).ToListAsync())
            .Concat(await db.Statements.Select(s => s.Text + s.SpeakerText).ToListAsync())
            .Concat(await db.Actors.Select(a => a.Name).ToListAsync())
            .Concat(await db.ActorAliases.Select(a => a.Text + a.Normalized).ToListAsync())
            .Concat(await db.Summits.Select(s => s.Title + s.Location).ToListAsync())
            .Concat(await db.Sources.Select(s => s.Name + s.Url).ToListAsync())
            .Concat(await db.Users.Select(u => u.Email).ToListAsync())
            .Concat(await db.EditRecords.Select(e => e.Before + e.After).ToListAsync())));
        Assert.DoesNotContain(Bad, stored, StringComparison.Ordinal);
        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == articleId));
        Assert.Equal("Title \uFFFD", article.Title); // saved whole: the title and the analysis it called for
        Assert.NotNull(article.AnalyzedUtc);
    }
}
