using System.Net;
using System.Text;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Builds the documents a news site serves: article pages and feeds of every kind.</summary>
public static class NewsPages
{
    public sealed record Story(string Path, string Title, string Body, string? Guid = null, string Published = "Sat, 21 Nov 2026 10:00:00 +0900");

    public static string Article(string title, string body, string? canonical = null) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | Local News</title>
        {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}</head>
        <body><nav><a href="/">Home</a></nav><article><h1>{WebUtility.HtmlEncode(title)}</h1>
        {string.Concat(body.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}
        </article><footer>© Local News</footer></body></html>
        """;

    public static string Paragraphs(string topic, int count = 4) => string.Join("\n\n", Enumerable.Range(1, count).Select(i =>
        $"{topic}: paragraph {i}. Officials in Seoul and Washington said on Saturday that talks would continue, " +
        $"and the foreign ministry said the envoy would travel to Tokyo next week for consultations number {i}."));

    public static string Rss(Uri site, IEnumerable<Story> stories) => $"""
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local News</title>
        {string.Concat(stories.Select(s => $"<item><title>{WebUtility.HtmlEncode(s.Title)}</title><link>{WebUtility.HtmlEncode(new Uri(site, s.Path).AbsoluteUri)}</link>" +
            (s.Guid is null ? "" : $"<guid isPermaLink=\"false\">{s.Guid}</guid>") + $"<description>Short.</description><pubDate>{s.Published}</pubDate></item>"))}
        </channel></rss>
        """;

    public static string Rdf(Uri site, IEnumerable<Story> stories) => $"""
        <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="{site}"><title>Local RDF</title></channel>
        {string.Concat(stories.Select(s => $"<item rdf:about=\"{new Uri(site, s.Path)}\"><title>{WebUtility.HtmlEncode(s.Title)}</title><link>{new Uri(site, s.Path)}</link><dc:date>2026-11-21T10:00:00+09:00</dc:date></item>"))}
        </rdf:RDF>
        """;

    public static string Atom(Uri site, IEnumerable<Story> stories) => $"""
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Local Atom</title><id>urn:local</id>
        {string.Concat(stories.Select(s => $"<entry><title>{WebUtility.HtmlEncode(s.Title)}</title><id>urn:story:{s.Path}</id><link rel=\"alternate\" href=\"{new Uri(site, s.Path)}\"/><updated>2026-11-21T01:00:00Z</updated></entry>"))}
        </feed>
        """;

    public static string Sitemap(Uri site, IEnumerable<Story> stories) => $"""
        <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        {string.Concat(stories.Select(s => $"<url><loc>{new Uri(site, s.Path)}</loc><news:news><news:publication_date>2026-11-21T10:00:00+09:00</news:publication_date><news:title>{WebUtility.HtmlEncode(s.Title)}</news:title></news:news></url>"))}
        </urlset>
        """;

    public static string Listing(IEnumerable<Story> stories) => $"""
        <html><body><ul class="headlines">{string.Concat(stories.Select(s => $"<li class=\"story\"><a href=\"{s.Path}\">{WebUtility.HtmlEncode(s.Title)}</a></li>"))}</ul>
        <a href="/about">About</a></body></html>
        """;

    /// <summary>Serves each story's article page on the site.</summary>
    public static void MapStories(this LocalNewsSite site, IEnumerable<Story> stories)
    {
        foreach (var s in stories) site.MapText(s.Path.Split('?')[0], Article(s.Title, s.Body));
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
