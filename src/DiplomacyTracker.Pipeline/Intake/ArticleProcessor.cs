using System.Security.Cryptography;
using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Intake;

/// <summary>The pure part of intake: extract the article, then decide relevance and analyse it. No database, no network.</summary>
public static class ArticleProcessor
{
    /// <param name="relevanceOverride">An editor's relevance decision (see <see cref="ArticleAnalyzer.Analyze"/>).</param>
    public static ProcessedArticle Process(RawArticle raw, ActorCatalog catalog, bool? relevanceOverride = null)
    {
        Uri? url = raw.Url is not null && Uri.TryCreate(raw.Url, UriKind.Absolute, out var u) ? u : null;
        var extracted = Clean(ArticleExtractor.Extract(new PageInput(raw.Body, url, raw.ContentType, raw.FetchedAt, raw.TimeZone, raw.ContentSelector)));
        var text = extracted.Text;
        var title = FirstNonEmpty(InputText.CleanOrNull(raw.TitleOverride), extracted.Title, FirstLine(text), url?.ToString(), "(untitled)")!;
        var published = raw.PublishedOverride ?? extracted.Published;
        var analysis = extracted.Found
            ? ArticleAnalyzer.Analyze(new ArticleText(title, text, published, extracted.Language), catalog, relevanceOverride)
            : AnalysisResult.Irrelevant(new RelevanceDecision(false, 0, false, [extracted.Error ?? "no article found"]));
        var normalizedUrl = url is null ? null : UrlNormalizer.Normalize(url.ToString());
        var canonical = extracted.CanonicalUrl is { Length: > 0 } c ? UrlNormalizer.Normalize(c) : null;
        return new ProcessedArticle(raw, extracted, analysis, title.Trim(), published, text, ContentHash(text), normalizedUrl, canonical);
    }

    /// <summary>SHA-256 of the text with case and white space folded, so re-wrapped copies hash alike.</summary>
    public static string ContentHash(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Whatever a page holds, what goes on holds only text (<see cref="InputText"/>): a stray U+FFFE in a scraped page is stored, not fatal.</summary>
    private static ExtractedArticle Clean(ExtractedArticle e) => e with
    {
        Title = InputText.CleanOrNull(e.Title),
        Byline = InputText.CleanOrNull(e.Byline),
        SiteName = InputText.CleanOrNull(e.SiteName),
        Text = InputText.Clean(e.Text),
        Description = InputText.CleanOrNull(e.Description),
    };

    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length is > 0 and <= 200 ? line : null;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
