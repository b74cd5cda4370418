using System.Text;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Real-world feed damage, one rule each: what is salvaged, what is refused, and that nothing else escapes.</summary>
public class FeedToleranceTests
{
    private static readonly Uri Base = new("https://feeds.example.test/news/");

    private static FeedDocument Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, Base, TimeZoneInfo.Utc);

    private static string Item(int n, string extra = "") => $"<item><title>Story {n}</title><link>https://site.example/{n}</link>{extra}</item>";

    [Fact]
    public void A_broken_item_costs_only_itself()
    {
        var document = Parse($"<rss><channel>{Item(1)}<item><title>broken <b>bold</title><link>https://site.example/2</link></item>{Item(3)}{Item(4)}</channel></rss>");
        Assert.Equal(["https://site.example/1", "https://site.example/3", "https://site.example/4"], document.Entries.Select(e => e.Url));
        Assert.StartsWith("invalid XML at line 1", document.Problem);
    }

    [Fact]
    public void A_truncated_feed_keeps_the_items_that_arrived()
    {
        var document = Parse($"<?xml version=\"1.0\"?>\n<rss><channel>\n{Item(1)}\n{Item(2)}\n<item><title>Story 3</ti");
        Assert.Equal(["Story 1", "Story 2"], document.Entries.Select(e => e.TitleText));
        Assert.StartsWith("invalid XML at line 5", document.Problem); // the line in the file, declaration included
    }

    [Fact]
    public void Nothing_readable_is_a_format_error()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse("<rss><channel><item><title>no link, and broken</item>"));
        Assert.StartsWith("invalid XML at line 1, position", error.Message);
    }

    [Fact]
    public void Undeclared_prefixes_are_read_as_their_usual_namespace()
    {
        var entry = Assert.Single(Parse($"<rss><channel>{Item(1, "<dc:date>2026-11-21T09:30:00+09:00</dc:date><itunes:summary>x</itunes:summary>")}</channel></rss>").Entries);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 30, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void An_impossible_date_drops_the_date_not_the_item_or_the_feed()
    {
        var document = Parse($"<rss><channel>{Item(1, "<pubDate>Sun, 31 Dec 9999 23:59:59 -9999</pubDate>")}{Item(2, "<pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate>")}</channel></rss>");
        Assert.Equal(2, document.Entries.Count);
        Assert.Null(document.Entries[0].Published);
        Assert.NotNull(document.Entries[1].Published);
    }

    [Fact]
    public void Internal_entities_are_expanded_and_external_ones_never_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xml = $"""
                <!DOCTYPE rss [
                  <!ENTITY site "https://site.example">
                  <!ENTITY xxe SYSTEM "file://{secret}">
                ]>
                <rss><channel><item><title>Kim &amp; Lee &xxe;</title><link>&site;/1</link></item></channel></rss>
                """;
            var entry = Assert.Single(Parse(xml).Entries);
            Assert.Equal("https://site.example/1", entry.Url);
            Assert.Equal("Kim & Lee &xxe;", entry.TitleText); // left as text, the file untouched
        }
        finally { File.Delete(secret); }
    }

    [Fact]
    public void Entity_expansion_is_bounded()
    {
        var declarations = new StringBuilder("<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (var i = 1; i <= 9; i++)
            declarations.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<!DOCTYPE rss [{declarations}]><rss><channel>{Item(1, "<description>&lol9;</description>")}</channel></rss>";
        // 10^9 × 30 characters if expanded; refused once a million are spent.
        var error = Assert.Throws<FeedFormatException>(() => Parse(xml));
        Assert.Contains("entity expansion", error.Message);
    }

    [Fact]
    public void A_comment_with_markup_before_the_root_is_skipped()
    {
        var entry = Assert.Single(Parse($"<!-- Expect: title == 'Example <b>Atom</b>' -->\n<rss><channel>{Item(1)}</channel></rss>").Entries);
        Assert.Equal("Story 1", entry.TitleText);
    }

    [Fact]
    public void Entries_without_a_usable_link_are_reported_with_the_reason()
    {
        var document = Parse($"<rss><channel>{Item(1)}<item><title>no link</title></item><item><guid isPermaLink=\"false\">id-7</guid></item><item><link>mailto:desk@site.example</link></item></channel></rss>");
        Assert.Single(document.Entries);
        Assert.Equal(["no link", "no link", "no usable http(s) link: mailto:desk@site.example"], document.Skipped.Select(s => s.Reason));
        Assert.Equal("id-7", document.Skipped[1].Guid);
    }

    [Theory]
    [InlineData("<rss xmlns=\"http://backend.userland.com/rss2\"><channel><item><title>T</title><link>https://site.example/1</link></item></channel></rss>", "T")]
    [InlineData("<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item><dc:title>Dc</dc:title><link>https://site.example/1</link></item></channel></rss>", "Dc")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"html\">A &amp;lt;b&amp;gt; &lt;i&gt;x&lt;/i&gt;</title><link href=\"/1\"/></entry></feed>", "A <b> x")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"text\">1 &lt; 2 &amp; &lt;b&gt;</title><link href=\"/1\"/></entry></feed>", "1 < 2 & <b>")]
    [InlineData("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><title mode=\"base64\">S29yZWEgPGI+dGFsa3M8L2I+</title><link rel=\"alternate\">https://site.example/1</link></entry></feed>", "Korea talks")]
    public void Titles_are_read_in_every_form_feeds_use(string xml, string visible) =>
        Assert.Equal(visible, Assert.Single(Parse(xml).Entries).TitleText);

    [Fact]
    public void Atom_links_resolve_against_xml_base_and_skip_enclosures()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/blog/">
              <entry><link rel="enclosure" href="/audio.mp3"/><link rel="alternate" href="2026/talks"/></entry>
              <entry xml:base="/other/"><link href="x"/></entry>
            </feed>
            """;
        Assert.Equal(["https://site.example/blog/2026/talks", "https://site.example/other/x"], Parse(xml).Entries.Select(e => e.Url));
    }

    [Fact]
    public void Hostile_nesting_costs_only_its_item()
    {
        var deep = string.Concat(Enumerable.Repeat("<b>", 50_000));
        var document = Parse($"<rss><channel>{Item(1)}<item><title>{deep}</title></item>{Item(3)}</channel></rss>");
        Assert.Equal(["https://site.example/1", "https://site.example/3"], document.Entries.Select(e => e.Url));
        Assert.Contains("nested more than 100 deep", document.Problem);
    }

    [Fact]
    public void Two_prefixes_for_one_attribute_cost_only_what_follows_in_their_item()
    {
        var document = Parse($"<rss xmlns:a=\"urn:same\" xmlns:b=\"urn:same\"><channel>{Item(1, "<x a:k=\"1\" b:k=\"2\"/>")}{Item(2)}</channel></rss>");
        Assert.Equal(["https://site.example/1", "https://site.example/2"], document.Entries.Select(e => e.Url));
        Assert.NotNull(document.Problem);
    }
}
