using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

// Stand-in with the extraction branch's public contract so the intake compiles; deleted when that branch lands.
public sealed record PageInput(byte[] Body, Uri? Url = null, string? ContentType = null, DateTimeOffset? FetchedAt = null, string? DefaultTimeZone = null, string? ContentSelector = null);

public sealed record ExtractedArticle(
    bool Found, string? Error, string? Title, string? Byline, string? SiteName, string? Language,
    string? CanonicalUrl, string? LeadImageUrl, FuzzyDate? Published, string? PublishedSource, string Text, string? Description);

public static class ArticleExtractor
{
    public static ExtractedArticle Extract(PageInput input)
    {
        var text = Encoding.UTF8.GetString(input.Body);
        text = WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", "\n"));
        text = string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return new ExtractedArticle(text.Length > 0, text.Length > 0 ? null : "no article found", null, null, null, null, null, null, null, null, text, null);
    }
}

public static class UrlNormalizer
{
    public static string Normalize(string url) => url.Trim().TrimEnd('/').ToLowerInvariant();
}
