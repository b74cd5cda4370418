using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

public class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/World/Story/", "https://news.example.com/World/Story")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a#comments", "https://example.com/a")]
    [InlineData("https://example.com/a?utm_source=x&id=7&utm_medium=y&fbclid=z", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?gclid=1&UTM_Campaign=2", "https://example.com/a")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("  https://example.com/a?page=2  ", "https://example.com/a?page=2")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, UrlNormalizer.Normalize(input));

    [Fact]
    public void Leaves_non_http_text_alone() => Assert.Equal("not a url", UrlNormalizer.Normalize(" not a url "));

    [Fact]
    public void Two_links_to_the_same_article_normalize_alike() =>
        Assert.Equal(
            UrlNormalizer.Normalize("https://www.example.co.kr/news/123?utm_source=naver#top"),
            UrlNormalizer.Normalize("HTTPS://WWW.EXAMPLE.CO.KR/news/123/"));
}
