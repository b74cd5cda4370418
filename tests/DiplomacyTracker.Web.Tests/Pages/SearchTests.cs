using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Statement search by official (any spelling, Hangul) and by words (FTS5), never a 500 on hostile input.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class SearchTests : IClassFixture<SearchTests.Fixture>
{
    private readonly Fixture _f;

    public SearchTests(Fixture fixture) => _f = fixture;

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        public List<int> LeeIds { get; private set; } = [];
        public List<int> TrumpIds { get; private set; } = [];

        public async Task InitializeAsync()
        {
            _ = Server;
            await WithDbAsync(async db =>
            {
                var a = await StoreSeed.ArticleAsync(db, "Lee on the peninsula", StoreSeed.Day(2025, 8, 25),
                    new("lee-jae-myung", "“I will act as a pacemaker while the United States leads,” Lee said.", StoreSeed.Day(2025, 8, 25)),
                    new("lee-jae-myung", "이재명은 대화가 평화의 유일한 길이라고 말했다.", StoreSeed.Day(2025, 8, 26), "이재명"),
                    new("lee-jae-myung", "Lee said denuclearization remains the goal of peace talks.", StoreSeed.Day(2025, 9, 2)));
                var b = await StoreSeed.ArticleAsync(db, "Trump in Gyeongju", StoreSeed.Day(2025, 10, 29),
                    new("donald-trump", "Trump said he would love to meet Kim Jong-un at the border.", StoreSeed.Day(2025, 10, 29)),
                    new("donald-trump", "Trump called the talks with Lee Jae-myung a great success for peace.", StoreSeed.Day(2025, 10, 30)));
                LeeIds = a.StatementIds;
                TrumpIds = b.StatementIds;
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static List<int> Ids(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll(".statement-card blockquote").Select(b => int.Parse(b.GetAttribute("cite")!.Split("#s")[1])).ToList();

    [Theory]
    [InlineData("Lee Jae Myung")]
    [InlineData("lee jae-myung")]
    [InlineData("이재명")]
    [InlineData("lee-jae-myung")]
    public async Task Speaker_search_finds_all_statements_under_any_spelling(string speaker)
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=" + Uri.EscapeDataString(speaker));
        Assert.Equal(_f.LeeIds.OrderByDescending(i => i), Ids(doc).OrderByDescending(i => i));
    }

    [Fact]
    public async Task Statements_show_the_role_held_that_day_and_link_to_the_sentence()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=lee-jae-myung");
        var card = doc.QuerySelectorAll(".statement-card").First(c => c.TextContent.Contains("pacemaker"));
        Assert.Contains("President of South Korea", card.QuerySelector(".role")!.TextContent);
        Assert.Contains("25 Aug 2025", card.QuerySelector("time")!.TextContent);
        Assert.Contains($"#s{_f.LeeIds[0]}", card.QuerySelector("figcaption a[href^='/Articles/']:last-child")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Word_search_highlights_matches_and_combines_with_speaker()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?q=peace");
        Assert.Equal(new[] { _f.TrumpIds[1], _f.LeeIds[2] }.Order(), Ids(doc).Order());
        Assert.All(doc.QuerySelectorAll(".statement-card blockquote"), b => Assert.Equal("peace", b.QuerySelector("mark")!.TextContent, ignoreCase: true));

        var both = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=Donald%20Trump&q=peace");
        Assert.Equal([_f.TrumpIds[1]], Ids(both));
    }

    [Theory]
    [InlineData("\"peace talks\"", 1)]
    [InlineData("denucl*", 1)]
    [InlineData("Jae-myung", 3)]
    [InlineData("평화", 1)]
    [InlineData("이재명", 1)]
    [InlineData("pacemaker OR Trump", 0)]
    public async Task Phrases_prefixes_hyphens_and_hangul(string q, int expected)
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?q=" + Uri.EscapeDataString(q));
        Assert.Equal(expected, Ids(doc).Count);
    }

    [Fact]
    public async Task Relevance_puts_the_closest_match_first_and_date_order_the_newest()
    {
        // Both statements have both words; Lee's has them side by side in a shorter sentence (bm25 and ts_rank_cd agree).
        var byRelevance = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?q=" + Uri.EscapeDataString("peace talks") + "&sort=relevance");
        Assert.Equal([_f.LeeIds[2], _f.TrumpIds[1]], Ids(byRelevance));
        var byDate = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?q=" + Uri.EscapeDataString("peace talks"));
        Assert.Equal([_f.TrumpIds[1], _f.LeeIds[2]], Ids(byDate));
    }

    [Theory]
    [InlineData("\"((AND NEAR(")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Statements; --")]
    [InlineData("\"unbalanced quote")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("Text:peace")]
    [InlineData("^peace")]
    [InlineData("{Text SpeakerText}: x")]
    [InlineData("%_\\")]
    public async Task Hostile_queries_answer_200(string q)
    {
        var response = await Editors.Anonymous(_f).GetAsync("/Statements?q=" + Uri.EscapeDataString(q) + "&sort=relevance");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await _f.WithDbAsync(db => Task.FromResult(db.Statements.Count() >= 5)));
    }

    [Fact]
    public async Task Autocomplete_suggests_hangul_aliases()
    {
        var json = await Editors.Anonymous(_f).GetStringAsync("/Statements?handler=Speakers&term=" + Uri.EscapeDataString("이재"));
        Assert.Contains("lee-jae-myung", json);
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements");
        Assert.Contains(doc.QuerySelectorAll("datalist#speaker-names option"), o => o.GetAttribute("value") == "Lee Jae Myung");
    }

    [Fact]
    public async Task Unknown_speaker_and_date_range_are_explained()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=Nobody%20Atall");
        Assert.Contains("No official is known as", doc.QuerySelector(".error")!.TextContent);
        var september = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=lee-jae-myung&from=2025-09&to=2025-09");
        Assert.Equal([_f.LeeIds[2]], Ids(september));
    }
}
