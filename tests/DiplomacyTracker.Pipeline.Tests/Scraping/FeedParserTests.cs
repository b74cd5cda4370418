using System.Text;
using System.Text.Json;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Saved feeds of every kind beside their expected entries; plus the tolerance rules one by one.</summary>
public class FeedParserTests
{
    private static readonly Uri Base = new("https://feeds.example.test/");

    public static TheoryData<string, string, string> Feeds => new()
    {
        { "rss2-korean-outlet.xml", "Asia/Seoul", "rss" },
        { "rdf-think-tank.xml", "America/New_York", "rdf" },
        { "atom-ministry.xml", "UTC", "atom" },
        { "news-sitemap.xml", "UTC", "sitemap" },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Saved_feed_gives_the_expected_entries(string file, string zone, string format)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Scraping", "Feeds", file);
        var document = FeedParser.Parse(File.ReadAllBytes(path), "application/xml", Base, FeedDates.FindZone(zone));

        Assert.Equal(format, document.Format);
        var expected = JsonSerializer.Deserialize<List<ExpectedEntry>>(File.ReadAllText(Path.ChangeExtension(path, ".expected.json")))!;
        var actual = document.Entries.Select(e => new ExpectedEntry(e.Guid, e.Url, e.Title, e.Published?.ToString("yyyy-MM-ddTHH:mm:sszzz"),
            e.Summary is not null, e.ContentHtml is not null)).ToList();
        Assert.Equal(expected, actual);
    }

    public sealed record ExpectedEntry(string? Guid, string Url, string? Title, string? Published, bool HasSummary, bool HasContent);

    [Fact]
    public void Sitemap_index_lists_child_sitemaps_newest_first()
    {
        const string index = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://daily.example.com/sitemap-2026-10.xml</loc><lastmod>2026-10-31</lastmod></sitemap>
              <sitemap><loc>/sitemap-news.xml</loc><lastmod>2026-11-21T10:00:00Z</lastmod></sitemap>
            </sitemapindex>
            """;
        var document = FeedParser.Parse(Encoding.UTF8.GetBytes(index), null, new Uri("https://daily.example.com/sitemap.xml"), TimeZoneInfo.Utc);
        Assert.Empty(document.Entries);
        Assert.Equal(["https://daily.example.com/sitemap-news.xml", "https://daily.example.com/sitemap-2026-10.xml"],
            document.ChildSitemaps.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Header_charset_wins_for_an_euc_kr_feed()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>외교부 장관 회담</title><link>https://kr.example/1</link></item></channel></rss>";
        var bytes = Encoding.GetEncoding("euc-kr").GetBytes(xml);
        var document = FeedParser.Parse(bytes, "text/xml; charset=EUC-KR", Base, TimeZoneInfo.Utc);
        Assert.Equal("외교부 장관 회담", Assert.Single(document.Entries).Title);
    }

    [Theory]
    [InlineData("<html><body>Service unavailable</body></html>", "not a feed or sitemap")]
    [InlineData("<rss><channel><item><title>broken</item></channel></rss>", "invalid XML at line 1")]
    [InlineData("just text, no markup", "not XML")]
    public void Unreadable_documents_give_a_clear_error(string text, string expected)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, Base, TimeZoneInfo.Utc));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Unknown_entities_and_bare_ampersands_do_not_break_parsing()
    {
        const string xml = "<rss><channel><item><title>Kim &amp; Lee &bogus; talk R&D &mdash; &#x2014; end</title><link>https://x.example/a?b=1&c=2</link></item></channel></rss>";
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, Base, TimeZoneInfo.Utc).Entries);
        Assert.Equal("Kim & Lee &bogus; talk R&D \u2014 \u2014 end", entry.Title);
        Assert.Equal("https://x.example/a?b=1&c=2", entry.Url);
    }

    [Fact]
    public void Listing_page_yields_selected_links_resolved_and_deduplicated()
    {
        const string html = """
            <html><body>
              <div class="list"><h2 class="headline"><a href="/politics/1">Cho meets envoy</a></h2>
              <h2 class="headline"><a href="https://site.example/politics/2?utm_source=home">Talks proposed</a></h2>
              <h2 class="headline"><a href="/politics/1#comments">Cho meets envoy (comments)</a></h2>
              <h2 class="headline">No link here</h2></div>
              <a href="/about">About us</a>
            </body></html>
            """;
        var document = ListingParser.Parse(Encoding.UTF8.GetBytes(html), "text/html", new Uri("https://site.example/politics/"), "h2.headline");
        Assert.Equal(["https://site.example/politics/1", "https://site.example/politics/2?utm_source=home"], document.Entries.Select(e => e.Url));
        Assert.Equal("Cho meets envoy", document.Entries[0].Title);
    }

    [Fact]
    public void Invalid_link_selector_is_a_clear_error()
    {
        var error = Assert.Throws<FeedFormatException>(() => ListingParser.Parse("<p></p>"u8.ToArray(), null, Base, "h2[[["));
        Assert.Contains("invalid link selector", error.Message);
    }
}
