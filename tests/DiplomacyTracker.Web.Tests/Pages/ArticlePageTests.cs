using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The article page highlights statements at their offsets, encodes everything, and editors can delete and correct.</summary>
public sealed class ArticlePageTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Statement_is_highlighted_in_place_and_script_text_is_encoded()
    {
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Encoding <b>check</b>", StoreSeed.Day(2025, 9, 1),
            new StoreSeed.Quote("kim-jong-un", "Kim said <script>alert(1)</script> & nothing more.", StoreSeed.Day(2025, 9, 1))));
        var response = await Editors.Anonymous(factory).GetAsync($"/Articles/{articleId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);

        var doc = await Html.ParseAsync(response);
        var mark = doc.QuerySelector($"mark#s{ids[0]}")!;
        Assert.Equal("Kim said <script>alert(1)</script> & nothing more.", mark.TextContent);
        Assert.Empty(doc.QuerySelectorAll(".article-text script"));
        Assert.Contains("General Secretary of the Workers' Party of Korea", doc.QuerySelector("main ol")!.TextContent);
    }

    [Fact]
    public async Task Marks_follow_offsets_not_text_search()
    {
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Offsets", StoreSeed.Day(2025, 9, 3),
            new StoreSeed.Quote("donald-trump", "Repeat this.", StoreSeed.Day(2025, 9, 3))));
        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Statements).SingleAsync(a => a.Id == articleId);
            article.Text = "Repeat this.\n\nRepeat this.";
            article.Statements[0].StartOffset = 14;
            article.Statements[0].EndOffset = 26;
            await db.SaveChangesAsync();
        });
        var doc = await Editors.Anonymous(factory).GetDocumentAsync($"/Articles/{articleId}");
        var paragraphs = doc.QuerySelectorAll(".article-text p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Null(paragraphs[0].QuerySelector("mark"));
        Assert.Equal($"s{ids[0]}", paragraphs[1].QuerySelector("mark")!.Id);
    }

    [Fact]
    public async Task Editor_corrects_a_statement_and_the_edit_is_recorded()
    {
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Misattributed", StoreSeed.Day(2025, 9, 4),
            new StoreSeed.Quote("donald-trump", "We will keep talking to Pyongyang.", StoreSeed.Day(2025, 9, 4))));
        var client = await Editors.SignedInAsync(factory, "fixer@example.org");
        var response = await client.SubmitFormAsync($"/Statements/Edit/{ids[0]}", "main form", new Dictionary<string, string>
        {
            ["Speaker"] = "이재명", ["SpeakerText"] = "President Lee", ["Text"] = "We will keep talking to Pyongyang.", ["Kind"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statement = await factory.WithDbAsync(db => db.Statements.Include(s => s.Speaker).SingleAsync(s => s.Id == ids[0]));
        Assert.Equal("lee-jae-myung", statement.Speaker!.Slug);
        Assert.NotNull(statement.EditedUtc);
        var record = await factory.WithDbAsync(db => db.EditRecords.SingleAsync(e => e.EntityType == "Statement" && e.EntityId == ids[0]));
        Assert.Equal("fixer@example.org", record.Editor);
        Assert.Contains("Donald Trump", record.Before);
        Assert.Contains("Lee Jae Myung", record.After);
        var page = await client.GetDocumentAsync($"/Articles/{articleId}");
        Assert.Contains("President of South Korea", page.QuerySelector("main ol")!.TextContent);
    }

    [Fact]
    public async Task A_corrected_text_moves_the_highlight_to_where_the_article_says_it_or_keeps_the_old_place()
    {
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Truncated", StoreSeed.Day(2025, 9, 5),
            new StoreSeed.Quote("donald-trump", "We will talk.", StoreSeed.Day(2025, 9, 5))));
        const string text = "Trump said: We will talk.\n\nHe added: “We will talk to Pyongyang again, soon.”";
        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Statements).SingleAsync(a => a.Id == articleId);
            article.Text = text;
            (article.Statements[0].StartOffset, article.Statements[0].EndOffset) = (12, 25);
            await db.SaveChangesAsync();
        });
        var client = await Editors.SignedInAsync(factory, "mover@example.org");
        async Task<string> CorrectAsync(string words)
        {
            var response = await client.SubmitFormAsync($"/Statements/Edit/{ids[0]}", "main form", new Dictionary<string, string>
            {
                ["Speaker"] = "Donald Trump", ["SpeakerText"] = "Trump", ["Text"] = words, ["Kind"] = "0",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
            return page.QuerySelector("[role=status]")?.TextContent ?? "";
        }

        var saved = await CorrectAsync("We will talk to Pyongyang again, soon.");
        Assert.DoesNotContain("not in the article", saved);
        var moved = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Equal("We will talk to Pyongyang again, soon.", text[moved.StartOffset..moved.EndOffset]);
        var doc = await client.GetDocumentAsync($"/Articles/{articleId}");
        Assert.Equal("We will talk to Pyongyang again, soon.", doc.QuerySelector($"mark#s{ids[0]}")!.TextContent);

        var paraphrased = await CorrectAsync("Talks with the North will resume.");
        Assert.Contains("not in the article", paraphrased);
        var kept = await factory.WithDbAsync(db => db.Statements.SingleAsync(s => s.Id == ids[0]));
        Assert.Equal((moved.StartOffset, moved.EndOffset), (kept.StartOffset, kept.EndOffset));
        Assert.Equal("Talks with the North will resume.", kept.Text);
    }

    [Fact]
    public async Task Editor_deletes_an_article_with_its_statements_and_search_forgets_them()
    {
        var (articleId, ids) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "To delete", StoreSeed.Day(2025, 9, 5),
            new StoreSeed.Quote("donald-trump", "Xylophonic diplomacy is underrated.", StoreSeed.Day(2025, 9, 5))));
        var anonymous = Editors.Anonymous(factory);
        Assert.Single((await anonymous.GetDocumentAsync("/Statements?q=xylophonic")).QuerySelectorAll(".statement-card"));

        var client = await Editors.SignedInAsync(factory);
        var articlePage = await client.GetDocumentAsync($"/Articles/{articleId}");
        var confirmUrl = articlePage.QuerySelector("a[href^='/Articles/Delete']")!.GetAttribute("href")!;
        var confirm = await client.GetDocumentAsync(confirmUrl);
        Assert.Contains("1 statement(s) are deleted", confirm.QuerySelector("main")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Statements.AnyAsync(s => s.Id == ids[0])), "the confirmation page itself deletes nothing");
        var response = await client.SubmitFormAsync(confirmUrl, "main form.actions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Statements.AnyAsync(s => s.Id == ids[0])));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Articles/{articleId}")).StatusCode);
        Assert.Empty((await anonymous.GetDocumentAsync("/Statements?q=xylophonic")).QuerySelectorAll(".statement-card"));
    }
}
