using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>What a careful reader takes from a page: the article text alone, plus its metadata.</summary>
/// <param name="Found">False when the page holds no article (empty, garbage, image only); see <paramref name="Error"/>.
/// The title, date, language and canonical URL the page states are kept even then.</param>
/// <param name="Error">"no article found: ..." when <paramref name="Found"/> is false.</param>
/// <param name="PublishedSource">Where the date came from: "json-ld", "meta", "time", "url", "text", or "modified" when
/// the page only says when it was last updated.</param>
/// <param name="Text">Plain text; paragraphs (headings, list items, quotes, table rows) separated by a blank line.</param>
public sealed record ExtractedArticle(
    bool Found,
    string? Error,
    string? Title,
    string? Byline,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    string? LeadImageUrl,
    FuzzyDate? Published,
    string? PublishedSource,
    string Text,
    string? Description)
{
    internal static ExtractedArticle NotFound(string reason) =>
        new(false, "no article found: " + reason, null, null, null, null, null, null, null, null, "", null);
}
