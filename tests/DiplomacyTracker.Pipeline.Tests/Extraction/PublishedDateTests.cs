using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Each publication-date source, the trust order between them, and the dates that must not win.</summary>
public class PublishedDateTests
{
    private static readonly DateTimeOffset Fetched = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static ExtractedArticle Extract(byte[] page, string url = "https://news.example.com/world/envoys-prepare") =>
        ArticleExtractor.Extract(new PageInput(page, new Uri(url), FetchedAt: Fetched));

    [Fact]
    public void Json_ld_date_published_wins_over_meta()
    {
        var page = TestPages.Article(head: """
            <meta property="article:published_time" content="2025-08-30T12:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys Prepare Summit Agenda","datePublished":"2025-08-31T09:00:00+09:00","author":{"@type":"Person","name":"Kim Min-ji"}}</script>
            """);
        var article = Extract(page);
        Assert.Equal("json-ld", article.PublishedSource);
        Assert.Equal("2025-08-31T09:00+09:00", article.Published?.ToIsoString());
        Assert.Equal("Kim Min-ji", article.Byline);
    }

    [Fact]
    public void Meta_published_time_is_read_with_its_zone()
    {
        var article = Extract(TestPages.Article(head: """<meta property="article:published_time" content="2025-10-18T10:00:00-04:00">"""));
        Assert.Equal("meta", article.PublishedSource);
        Assert.Equal("2025-10-18T10:00-04:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void Time_element_under_the_title_is_used_and_a_sidebar_date_is_not()
    {
        var page = TestPages.Article(
            sidebar: """<aside class="sidebar"><h3>Latest</h3><ul><li><a href="/x">Markets rally</a> <time datetime="2025-10-30T08:00:00Z">Oct 30</time></li></ul></aside>""",
            header: """<div class="meta"><time datetime="2025-10-18T10:00:00+09:00">October 18, 2025</time></div>""");
        var article = Extract(page);
        Assert.Equal("time", article.PublishedSource);
        Assert.Equal("2025-10-18T10:00+09:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void A_sidebar_date_alone_is_never_the_publication_date()
    {
        var page = TestPages.Article(sidebar: """<div class="widget recent-posts"><a href="/x">Markets rally</a> <time datetime="2025-10-30T08:00:00Z">Oct 30</time></div>""");
        var article = Extract(page);
        Assert.True(article.Found);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Url_path_date_gives_a_day()
    {
        var article = Extract(TestPages.Article(), "https://news.example.com/2025/08/31/envoys-prepare/");
        Assert.Equal("url", article.PublishedSource);
        Assert.Equal("2025-08-31", article.Published?.ToIsoString());
    }

    [Fact]
    public void Visible_published_line_gives_date_and_time()
    {
        var article = Extract(TestPages.Article(header: "<p class=\"dateline\">Published: October 18, 2025 at 10:00 AM</p>"));
        Assert.Equal("text", article.PublishedSource);
        Assert.Equal("2025-10-18T10:00+00:00", article.Published?.ToIsoString());
        Assert.DoesNotContain("Published:", article.Text);
    }

    [Fact]
    public void A_date_after_the_fetch_is_rejected_and_the_next_source_used()
    {
        var page = TestPages.Article(
            head: """<meta property="article:published_time" content="2030-01-01T00:00:00Z">""",
            header: """<time datetime="2025-10-18">October 18, 2025</time>""");
        var article = Extract(page);
        Assert.Equal("time", article.PublishedSource);
        Assert.Equal("2025-10-18", article.Published?.ToIsoString());
    }

    [Fact]
    public void Zone_less_time_from_a_korean_outlet_is_seoul_time()
    {
        var page = TestPages.Article(head: """<meta property="article:published_time" content="2025-08-31T10:00:00">""");
        var article = Extract(page, "https://www.example.co.kr/news/123");
        Assert.Equal("2025-08-31T10:00+09:00", article.Published?.ToIsoString());
        Assert.Equal(new DateTime(2025, 8, 31, 1, 0, 0), article.Published!.Value.EarliestUtc);
    }

    [Fact]
    public void Zone_less_time_elsewhere_is_utc_unless_a_default_zone_is_given()
    {
        var page = TestPages.Article(head: """<meta property="article:published_time" content="2025-08-31T10:00:00">""");
        Assert.Equal("2025-08-31T10:00+00:00", Extract(page).Published?.ToIsoString());
        var zoned = ArticleExtractor.Extract(new PageInput(page, new Uri("https://news.example.com/a"), FetchedAt: Fetched, DefaultTimeZone: "Asia/Seoul"));
        Assert.Equal("2025-08-31T10:00+09:00", zoned.Published?.ToIsoString());
    }
}
