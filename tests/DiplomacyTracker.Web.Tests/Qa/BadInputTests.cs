using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>Found in a QA pass: bad input that answered 500/400 or lost what was typed, instead of a clear message.</summary>
public sealed class BadInputTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Theory]
    [InlineData("/?from=9999-12-31")]
    [InlineData("/?to=9999-12")]
    [InlineData("/Statements?from=9999-12-31")]
    [InlineData("/Statements?to=0001-01-01")]
    public async Task Out_of_range_dates_in_filters_are_explained_not_a_500(string url)
    {
        var response = await Editors.Anonymous(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("is not a date", doc.QuerySelector(".error")!.TextContent);
    }

    [Fact]
    public async Task Out_of_range_published_date_on_add_keeps_the_form()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = "Far-future dispatch.\n\nThe envoy said talks would resume soon.", ["Published"] = "9999-12-31",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("2025-10-18", doc.QuerySelector(".error")!.TextContent);
        Assert.Contains("Far-future dispatch.", doc.QuerySelector("textarea[name=Pasted]")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Text.Contains("Far-future"))));
    }

    [Fact]
    public async Task A_five_megabyte_paste_gets_the_size_message_and_keeps_the_other_fields()
    {
        var client = await Editors.SignedInAsync(factory);
        var pasted = string.Concat(Enumerable.Repeat("The envoy said talks would resume soon. ", 5_000_000 / 40));
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = pasted, ["Title"] = "Kept title", ["Published"] = "2025-10",
        }, "/Articles/Add?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("too long", doc.QuerySelector(".error")!.TextContent);
        Assert.Equal("Kept title", doc.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("2025-10", doc.QuerySelector("input[name=Published]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Preview_of_a_page_without_article_text_says_so()
    {
        var client = await Editors.SignedInAsync(factory);
        var fields = new Dictionary<string, string>
        {
            ["Pasted"] = "<html><head><title>Only a menu</title></head><body><nav><a href=\"/\">Home</a></nav><script>var x = 1;</script></body></html>",
        };
        var preview = await Html.ParseAsync(await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Preview"));
        var section = preview.QuerySelector("#preview-heading")!.ParentElement!;
        Assert.Contains("no article found", section.QuerySelector(".error")!.TextContent);
        Assert.Contains("0 characters in 0 paragraph(s)", section.TextContent);

        // Saving it is refused, as `import` refuses it (issue 11): nothing stored, the reason shown.
        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Not saved: no article found", (await Html.ParseAsync(saved)).QuerySelector(".error")!.TextContent);
    }

    [Theory]
    [InlineData("2025-10", "2025-09")]
    [InlineData("2025-10-20", "2025-10-19")]
    public async Task A_summit_cannot_end_before_it_starts(string start, string end)
    {
        var client = await Editors.SignedInAsync(factory);
        var id = await factory.WithDbAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.Summits.Where(s => s.Id == id).Select(s => new { s.StartUtc, s.EndUtc }).SingleAsync());
        var response = await client.SubmitFormAsync($"/Summits/Edit/{id}", "main form", new Dictionary<string, string>
        {
            ["Title"] = "Backwards summit", ["Status"] = "Planned", ["Start"] = start, ["End"] = end,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("end is before the start", (await Html.ParseAsync(response)).QuerySelector(".error")!.TextContent);
        var after = await factory.WithDbAsync(db => db.Summits.Where(s => s.Id == id).Select(s => new { s.StartUtc, s.EndUtc }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task An_over_long_title_or_source_is_refused_not_cut_silently()
    {
        var client = await Editors.SignedInAsync(factory);
        var longTitle = string.Concat(Enumerable.Repeat("Very long title ", 40));
        var add = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = "Long-title dispatch.\n\nThe envoy said talks would resume soon.", ["Title"] = longTitle, ["SiteName"] = new string('s', 300),
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var errors = (await Html.ParseAsync(add)).QuerySelector(".error")!.TextContent;
        Assert.Contains("title is too long", errors);
        Assert.Contains("source name is too long", errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Text.Contains("Long-title dispatch"))));

        var (id, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Short title", StoreSeed.Day(2025, 10, 1)));
        var edit = await client.SubmitFormAsync($"/Articles/Edit/{id}", "main form", new Dictionary<string, string>
        {
            ["Title"] = longTitle, ["Published"] = "2025-10-01",
        });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("title is too long", (await Html.ParseAsync(edit)).QuerySelector(".error")!.TextContent);
        Assert.Equal("Short title", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_title_or_name_gets_one_message_in_our_words()
    {
        var client = await Editors.SignedInAsync(factory);
        var (id, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Titled", StoreSeed.Day(2025, 10, 2)));
        var actorId = await factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "kim-jong-un").Select(a => a.Id).SingleAsync());
        foreach (var (url, field, message) in new[]
                 {
                     ($"/Articles/Edit/{id}", "Title", "An article needs a title."),
                     ($"/Actors/Edit/{actorId}", "Name", "An actor needs a name."),
                 })
        {
            var response = await client.SubmitFormAsync(url, "main form", new Dictionary<string, string> { [field] = "" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = (await Html.ParseAsync(response)).QuerySelectorAll(".error li").Select(li => li.TextContent).ToList();
            Assert.Equal([message], items);
        }
        Assert.Equal("Titled", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("/?from=2025-10&to=2025-09")]
    [InlineData("/Statements?from=2025-10-20&to=2025-10-19")]
    public async Task A_date_range_that_ends_before_it_starts_is_explained(string url)
    {
        var doc = await Editors.Anonymous(factory).GetDocumentAsync(url);
        Assert.Contains("is after", doc.QuerySelector(".error")!.TextContent);
    }
}
