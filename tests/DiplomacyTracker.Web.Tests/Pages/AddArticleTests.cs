using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>An editor pastes an article: preview, save, duplicate, missing date, unreachable URL.</summary>
public sealed class AddArticleTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "000_b0c96d113f6e56f9.txt"));

    [Fact]
    public async Task A_pasted_korean_article_gives_statements_marked_in_place_and_found_by_hangul_name()
    {
        const string korean = """
            (경주=연합뉴스) 김철수 기자 = 이재명 대통령과 도널드 트럼프 미국 대통령이 29일 경주에서 정상회담을 했다.

            이 대통령은 회담 모두발언에서 "한반도 평화를 위해 트럼프 대통령의 역할이 중요하다"고 말했다.

            트럼프 대통령은 "김정은 위원장을 만나고 싶다"고 밝혔다.

            외교부 관계자는 "구체적인 일정은 정해지지 않았다"고 말했다.
            """;
        var client = await Editors.SignedInAsync(factory);
        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = korean, ["Title"] = "이재명·트럼프 경주 정상회담", ["Published"] = "2025-10-29",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        var marks = page.QuerySelectorAll(".article-text mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marks, m => m.Contains("한반도 평화를 위해 트럼프 대통령의 역할이 중요하다"));
        Assert.Contains(marks, m => m.Contains("김정은 위원장을 만나고 싶다"));
        Assert.DoesNotContain(marks, m => m.Contains("구체적인 일정은")); // an unnamed official's words belong to nobody

        var byName = await client.GetDocumentAsync("/Statements?speaker=" + Uri.EscapeDataString("이재명"));
        var card = Assert.Single(byName.QuerySelectorAll(".statement-card"), c => c.TextContent.Contains("역할이 중요하다"));
        Assert.Contains("29 Oct 2025", card.TextContent);
        var byWord = await client.GetDocumentAsync("/Statements?q=" + Uri.EscapeDataString("한반도"));
        Assert.Contains(byWord.QuerySelectorAll(".statement-card"), c => c.TextContent.Contains("역할이 중요하다"));
    }

    [Fact]
    public async Task Pasted_seed_is_previewed_then_stored_and_shown()
    {
        var client = await Editors.SignedInAsync(factory);
        var fields = new Dictionary<string, string>
        {
            ["Pasted"] = Seed, ["Title"] = "Trump and Lee Unite to Revive Korea Peace Talks", ["Published"] = "2025-08-31", ["SiteName"] = "Seed outlet",
        };
        var preview = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewDoc = await Html.ParseAsync(preview);
        Assert.Contains("31 Aug 2025", previewDoc.QuerySelector("#preview-heading")!.ParentElement!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == fields["Title"])));

        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Matches(@"^/Articles/\d+$", location);

        var article = await factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == fields["Title"]));
        Assert.Equal(new DateOnly(2025, 8, 31), article.Published!.Value.LocalDay);
        Assert.Contains("pacemaker", article.Text);
        Assert.Contains("\n\n", article.Text);

        var page = await client.GetDocumentAsync(location);
        Assert.Equal(fields["Title"], page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("31 Aug 2025", page.QuerySelector(".meta")!.TextContent);
        Assert.True(page.QuerySelectorAll(".article-text p").Length >= 5);
        Assert.Contains("“pacemaker”", page.QuerySelector(".article-text")!.TextContent);

        var again = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var notice = (await Html.ParseAsync(again)).QuerySelector(".notice")!;
        Assert.Contains("already stored", notice.TextContent);
        Assert.Equal(location, notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == fields["Title"])));
    }

    [Fact]
    public async Task Pasted_text_without_a_date_is_saved_with_an_unknown_date_and_a_note()
    {
        var client = await Editors.SignedInAsync(factory);
        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = "Undated dispatch.\n\nThe envoy said talks would resume soon.", ["Title"] = "Undated dispatch",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("No publication date", page.QuerySelector(".notice")!.TextContent);
        Assert.Contains("publication date unknown", page.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public async Task Unreachable_url_gives_a_clear_message_and_keeps_the_form()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["ArticleUrl"] = "http://127.0.0.1:1/story", ["Title"] = "Kept title", ["Published"] = "2025-10",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("Could not fetch", doc.QuerySelector(".error")!.TextContent);
        Assert.Equal("Kept title", doc.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("2025-10", doc.QuerySelector("input[name=Published]")!.GetAttribute("value"));
        Assert.Equal("http://127.0.0.1:1/story", doc.QuerySelector("input[name=ArticleUrl]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_date_and_empty_form_are_explained_not_errors()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string> { ["Published"] = "yesterday" },
            "/Articles/Add?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Html.ParseAsync(response)).QuerySelector(".error")!.TextContent;
        Assert.Contains("Use 2025", errors);
        Assert.Contains("paste its text", errors);
    }
}
