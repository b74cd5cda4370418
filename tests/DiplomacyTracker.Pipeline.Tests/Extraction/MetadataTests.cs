using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Title, byline, site name, language, canonical URL and lead image.</summary>
public class MetadataTests
{
    private const string Body = "<p>The foreign ministers met in Seoul on Monday and agreed to resume working-level talks before the end of the year, officials said.</p><p>Both sides described the meeting as constructive, although no date was set for the next round of negotiations.</p>";

    private static ExtractedArticle Extract(string html, string url = "https://news.example.com/world/talks") =>
        ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(html), new Uri(url)));

    [Fact]
    public void Logo_h1_linking_home_is_not_the_headline()
    {
        var article = Extract($"<html><head><title>Ministers Agree to Resume Talks - Daily Paper</title></head><body><a href=\"/\"><h1>Daily Paper</h1></a><div class=\"story\">{Body}</div></body></html>");
        Assert.Equal("Ministers Agree to Resume Talks", article.Title);
    }

    [Fact]
    public void Title_that_is_only_the_site_name_gives_way_to_the_opening_headline()
    {
        var article = Extract($"<html><head><meta property=\"og:site_name\" content=\"Daily Paper\"><meta property=\"og:title\" content=\"Daily Paper\"></head><body><div class=\"story\"><p><b>Ministers Agree to Resume Talks</b></p>{Body}</div></body></html>");
        Assert.Equal("Ministers Agree to Resume Talks", article.Title);
    }

    [Fact]
    public void Head_metadata_is_read_and_urls_are_absolute_and_normalized()
    {
        var article = Extract($"""
            <html lang="en-GB"><head><title>Ministers Agree to Resume Talks | Daily Paper</title>
            <meta property="og:site_name" content="Daily Paper"><meta name="author" content="Jane Park">
            <meta property="og:image" content="/img/talks.jpg"><meta name="description" content="Talks resume.">
            <link rel="canonical" href="https://News.Example.com/world/talks/?utm_source=rss"></head>
            <body><article><h1>Ministers Agree to Resume Talks</h1>{Body}</article></body></html>
            """);
        Assert.Equal("Ministers Agree to Resume Talks", article.Title);
        Assert.Equal("Jane Park", article.Byline);
        Assert.Equal("Daily Paper", article.SiteName);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://news.example.com/world/talks", article.CanonicalUrl);
        Assert.Equal("https://news.example.com/img/talks.jpg", article.LeadImageUrl);
        Assert.Equal("Talks resume.", article.Description);
        Assert.DoesNotContain("Ministers Agree to Resume Talks", article.Text);
    }

    [Fact]
    public void Language_falls_back_to_hangul_detection()
    {
        var korean = "<p>외교부 장관은 월요일 서울에서 회담을 열고 연내 실무 협상을 재개하기로 합의했다고 정부 관계자들이 밝혔다.</p><p>양측은 회담이 건설적이었다고 평가했지만 다음 협상 날짜는 정하지 않았다.</p>";
        var article = Extract($"<html><head><title>외교장관 회담</title></head><body><article><h1>외교장관, 실무협상 재개 합의</h1>{korean}</article></body></html>");
        Assert.Equal("ko", article.Language);
    }
}
