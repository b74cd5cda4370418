using System.Text;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using static DiplomacyTracker.Tests.Scraping.NewsPages;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Whole passes against a local site and a real SQLite file: every source kind, dedup, conditional GET, charsets.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public class ScrapePassTests
{
    private static bool Kept(FeedItemState state) => state is FeedItemState.Stored or FeedItemState.Irrelevant;

    [Fact]
    public async Task Every_kind_of_source_is_scraped_into_articles()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var kinds = new[] { "rss", "rdf", "atom", "sitemap", "listing" };
        var stories = kinds.ToDictionary(k => k, k => new[]
        {
            new Story($"/{k}/story-1", $"{k} story one", Paragraphs($"{k} one")),
            new Story($"/{k}/story-2", $"{k} story two", Paragraphs($"{k} two")),
        });
        foreach (var list in stories.Values) site.MapStories(list);
        site.MapText("/feeds/rss.xml", Rss(site.BaseUrl, stories["rss"]), "application/rss+xml");
        site.MapText("/feeds/rdf.xml", Rdf(site.BaseUrl, stories["rdf"]), "application/rdf+xml");
        site.MapText("/feeds/atom.xml", Atom(site.BaseUrl, stories["atom"]), "application/atom+xml");
        site.MapText("/sitemap-news.xml", Sitemap(site.BaseUrl, stories["sitemap"]), "application/xml");
        site.MapText("/latest", Listing(stories["listing"]));
        await using var harness = new ScraperHarness();
        var ids = new Dictionary<string, int>
        {
            ["rss"] = await harness.AddSourceAsync(site.Url("/feeds/rss.xml")),
            ["rdf"] = await harness.AddSourceAsync(site.Url("/feeds/rdf.xml")),
            ["atom"] = await harness.AddSourceAsync(site.Url("/feeds/atom.xml")),
            ["sitemap"] = await harness.AddSourceAsync(site.Url("/sitemap-news.xml"), SourceKind.Sitemap),
            ["listing"] = await harness.AddSourceAsync(site.Url("/latest"), SourceKind.Listing, "li.story"),
        };

        var results = await harness.Pass().RunAsync(CancellationToken.None);

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal("ok", r.Outcome));
        await using var db = harness.Db();
        foreach (var kind in kinds)
        {
            var articles = await db.Articles.Where(a => a.SourceId == ids[kind]).OrderBy(a => a.Title).ToListAsync();
            Assert.Equal([$"{kind} story one", $"{kind} story two"], articles.Select(a => a.Title));
            Assert.All(articles, a => Assert.Contains("Officials in Seoul and Washington", a.Text));
            var items = await db.FeedItems.Where(f => f.SourceId == ids[kind]).ToListAsync();
            Assert.Equal(2, items.Count);
            Assert.All(items, i => Assert.True(Kept(i.State) && i.ArticleId is not null, $"{kind}: {i.State} {i.LastError}"));
            var source = await harness.SourceAsync(ids[kind]);
            Assert.Equal(2, source.ItemsSeen);
            Assert.Equal(2, source.ItemsNew + source.ItemsIrrelevant);
            Assert.Equal(0, source.ConsecutiveFailures);
            Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(30), source.NextCheckUtc, TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task The_same_story_in_two_feeds_and_under_tracking_parameters_is_stored_once()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var story = new Story("/politics/cho-envoy", "Cho meets envoy", Paragraphs("Cho envoy"));
        site.MapStories([story]);
        site.MapText("/a.xml", Rss(site.BaseUrl, [story with { Guid = "a-1" }, story with { Path = story.Path + "?utm_source=rss&utm_medium=feed", Guid = "a-2" }]), "application/rss+xml");
        site.MapText("/b.xml", Rss(site.BaseUrl, [story with { Path = story.Path + "/?fbclid=XYZ", Guid = "b-1" }]), "application/rss+xml");
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxConcurrentSources"] = "1" });
        var a = await harness.AddSourceAsync(site.Url("/a.xml"), name: "A");
        var b = await harness.AddSourceAsync(site.Url("/b.xml"), name: "B");

        await harness.Pass().RunAsync(CancellationToken.None);

        await using var db = harness.Db();
        var article = Assert.Single(await db.Articles.ToListAsync());
        Assert.Equal(1, site.CountRequests("/politics/cho-envoy")); // the duplicates were recognised by URL, not re-fetched
        var items = await db.FeedItems.OrderBy(f => f.Guid).ToListAsync();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(article.Id, i.ArticleId));
        Assert.Equal(2, items.Count(i => i.State == FeedItemState.Duplicate));
        var sighting = Assert.Single(await db.ArticleSightings.ToListAsync());
        Assert.Equal(article.SourceId == a ? b : a, sighting.SourceId);
    }

    [Fact]
    public async Task A_second_pass_with_an_unchanged_feed_fetches_nothing_again()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var stories = new[] { new Story("/s/1", "One", Paragraphs("one")), new Story("/s/2", "Two", Paragraphs("two")) };
        site.MapStories(stories);
        var feed = Utf8(Rss(site.BaseUrl, stories));
        site.Map("/feed.xml", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"rev-7\"") { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = "\"rev-7\"";
            return LocalNewsSite.Write(ctx, feed, "application/rss+xml");
        });
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        await harness.Pass().RunAsync(CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromMinutes(31));

        var second = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));

        Assert.Equal("not modified", second.Outcome);
        Assert.Equal(1, site.CountRequests("/s/1"));
        Assert.Equal(1, site.CountRequests("/s/2"));
        Assert.Equal(2, site.CountRequests("/feed.xml"));
        var source = await harness.SourceAsync(id);
        Assert.Equal("\"rev-7\"", source.ETag);
        Assert.Equal(2, source.ItemsSeen);
    }

    [Fact]
    public async Task An_euc_kr_page_reaches_the_store_with_its_bytes_and_charset_label_intact()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var site = await LocalNewsSite.StartAsync();
        const string korean = "조현 외교부 장관은 21일 서울에서 미국 특사와 회담했다.";
        const string more = "양측은 한반도 비핵화와 대북 정책 공조 방안을 논의했으며, 다음 달 워싱턴에서 후속 협의를 열기로 합의했다고 외교부가 밝혔다. ";
        var html = $"<html><head><title>외교 회담</title></head><body><article><h1>외교부 장관 회담</h1><p>{korean} {more}</p>"
                   + string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{i}. {more}{more}</p>")) + "</article></body></html>";
        var bytes = Encoding.GetEncoding("euc-kr").GetBytes(html);
        site.MapBytes("/kr/1", bytes, "text/html; charset=EUC-KR");
        site.MapText("/feed.xml", Rss(site.BaseUrl, [new Story("/kr/1", "외교부 장관 회담", "")]), "application/rss+xml");
        await using var harness = new ScraperHarness();
        await harness.AddSourceAsync(site.Url("/feed.xml"), zone: "Asia/Seoul");

        await harness.Pass().RunAsync(CancellationToken.None);

        await using var db = harness.Db();
        var article = Assert.Single(await db.Articles.ToListAsync());
        Assert.Equal("text/html; charset=EUC-KR", article.RawContentType);
        var snapshot = DiplomacyTracker.Intake.ArticleStore.Gunzip(article.RawGzip!);
        Assert.Equal(bytes, snapshot);
        Assert.Contains(korean, TextDecoding.Decode(snapshot, article.RawContentType));
        Assert.True(article.Text.Contains(korean), $"text: [{article.Text}] title: [{article.Title}] error: [{article.AnalysisError}]"); // and the extractor read it with the charset the header gave
        Assert.Equal(1, await db.FeedItems.CountAsync(f => f.ArticleId == article.Id));
    }

    [Fact]
    public async Task A_page_gone_for_good_falls_back_to_the_feeds_full_content()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var content = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the full story carried in the feed about the envoy's visit to Seoul.</p>"));
        var feed = $"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
            <title>Feed-only story</title><link>{site.Url("/gone")}</link><content:encoded><![CDATA[{content}]]></content:encoded>
            </item></channel></rss>
            """;
        site.MapText("/feed.xml", feed, "application/rss+xml");
        await using var harness = new ScraperHarness();
        await harness.AddSourceAsync(site.Url("/feed.xml"));

        await harness.Pass().RunAsync(CancellationToken.None);

        await using var db = harness.Db();
        var article = Assert.Single(await db.Articles.ToListAsync());
        Assert.Contains("Paragraph 1 of the full story", article.Text);
        Assert.Contains("Paragraph 6 of the full story", article.Text);
        Assert.Equal(1, site.CountRequests("/gone"));
    }
}
