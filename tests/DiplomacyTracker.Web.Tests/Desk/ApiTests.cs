using System.Net;
using System.Text.Json;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>The read-only JSON API: the search page's search, summits with evidence and the overdue flag, actors, articles, paging, OpenAPI.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class ApiTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    private static async Task<JsonElement> JsonAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Statements_come_from_the_same_search_as_the_page_with_count_role_and_permalink()
    {
        var client = Editors.Anonymous(desk);
        var page = await JsonAsync(client, "/api/statements?speaker=" + Uri.EscapeDataString("이재명") + "&q=peace");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("We will open a new chapter of peace on the Korean Peninsula.", item.GetProperty("text").GetString());
        Assert.Equal("lee-jae-myung", item.GetProperty("speaker").GetProperty("slug").GetString());
        Assert.Equal("President of South Korea", item.GetProperty("role").GetString());
        Assert.Equal("2025-10-29", item.GetProperty("said").GetProperty("iso").GetString());
        Assert.Equal($"/Statements/{desk.StatementIds[0]}", item.GetProperty("url").GetString());
        Assert.Equal(1, page.GetProperty("count").GetProperty("value").GetInt32());
        Assert.Equal("exact", page.GetProperty("count").GetProperty("kind").GetString());

        var permalink = await client.GetAsync(item.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Redirect, permalink.StatusCode);
        Assert.Equal($"/Articles/{desk.ArticleId}#s{desk.StatementIds[0]}", permalink.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Lists_are_paged_with_a_next_link_and_answers_are_cacheable()
    {
        var client = Editors.Anonymous(desk);
        var response = await client.GetAsync("/api/statements?from=2025-10&to=2025-10&pageSize=1");
        Assert.Equal("public, max-age=10", response.Headers.CacheControl!.ToString());
        var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Single(first.GetProperty("items").EnumerateArray());
        var next = first.GetProperty("next").GetString()!;
        Assert.Contains("page=2", next);
        var second = await JsonAsync(client, next);
        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetInt32(), second.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_answer_not_an_empty_list()
    {
        var client = Editors.Anonymous(desk);
        var problem = await JsonAsync(client, "/api/statements?from=last%20tuesday", HttpStatusCode.BadRequest);
        Assert.Contains("is not a date", problem.GetProperty("errors").GetProperty("query")[0].GetString());
        await JsonAsync(client, "/api/summits/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_summit_has_its_participants_evidence_and_overdue_flag()
    {
        var client = Editors.Anonymous(desk);
        var held = await JsonAsync(client, $"/api/summits/{desk.HeldId}");
        Assert.Equal("held", held.GetProperty("status").GetString());
        Assert.False(held.GetProperty("overdue").GetBoolean());
        Assert.Equal(["donald-trump", "lee-jae-myung"], held.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).Order().ToArray());
        Assert.Equal("KR–US", held.GetProperty("countryPair").GetString());
        var evidence = Assert.Single(held.GetProperty("evidence").EnumerateArray());
        Assert.Equal(desk.ArticleId, evidence.GetProperty("article").GetProperty("id").GetInt32());
        Assert.Equal("held", evidence.GetProperty("status").GetString());

        Assert.True((await JsonAsync(client, $"/api/summits/{desk.OverdueId}")).GetProperty("overdue").GetBoolean());
        Assert.False((await JsonAsync(client, $"/api/summits/{desk.AheadId}")).GetProperty("overdue").GetBoolean());
        var planned = await JsonAsync(client, "/api/summits?status=Planned&actor=lee-jae-myung&pageSize=200");
        Assert.Equal(3, planned.GetProperty("count").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Actors_and_articles_answer_with_spellings_roles_and_text()
    {
        var client = Editors.Anonymous(desk);
        var lee = await JsonAsync(client, "/api/actors/lee-jae-myung");
        Assert.Contains("이재명", lee.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(lee.GetProperty("roles").EnumerateArray(), r => r.GetProperty("title").GetString() == "President of South Korea");
        var found = await JsonAsync(client, "/api/actors?q=" + Uri.EscapeDataString("이재"));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), a => a.GetProperty("slug").GetString() == "lee-jae-myung");
        var korean = await JsonAsync(client, "/api/actors?country=KR&pageSize=200");
        Assert.Contains(korean.GetProperty("items").EnumerateArray(), a => a.GetProperty("slug").GetString() == "lee-jae-myung");
        Assert.DoesNotContain(korean.GetProperty("items").EnumerateArray(), a => a.GetProperty("slug").GetString() == "donald-trump");
        var october = await JsonAsync(client, "/api/articles?from=2025-10&to=2025-10");
        Assert.Equal(desk.ArticleId, Assert.Single(october.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Empty((await JsonAsync(client, "/api/articles?from=2025-11")).GetProperty("items").EnumerateArray());
        var article = await JsonAsync(client, $"/api/articles/{desk.ArticleId}");
        Assert.Equal(2, article.GetProperty("statements").GetInt32());
        Assert.Contains("Gyeongju talks", article.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_call()
    {
        var doc = await JsonAsync(Editors.Anonymous(desk), "/openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/statements", "/api/statements/{id}", "/api/summits", "/api/summits/{id}", "/api/actors", "/api/actors/{slug}", "/api/articles", "/api/articles/{id}", "/api/timeline" })
            Assert.Contains(path, paths);
        Assert.DoesNotContain("/health", paths);
        var parameters = doc.GetProperty("paths").GetProperty("/api/statements").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "speaker", "q", "country", "from", "to", "page", "pageSize" }, parameters.ToHashSet());
    }
}
