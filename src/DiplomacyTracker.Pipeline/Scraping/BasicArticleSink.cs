using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The scraper's own <see cref="IArticleSink"/> until the intake contract (ArticleIntake) is on main: a plain
/// paragraph extractor, the current <see cref="ArticleAnalyzer"/> for relevance, dedup by normalised URL,
/// canonical URL and content hash (recording an <see cref="ArticleSighting"/>), and one SaveChanges.
/// </summary>
public sealed class BasicArticleSink(TrackerDbContext db, TimeProvider clock) : IArticleSink
{
    private static readonly string EmptyHash = Hash("");
    private static readonly Lazy<ActorCatalog> Catalog = new(ActorCatalog.FromEmbeddedReference);

    public async Task<ItemOutcome> StoreAsync(ScrapedArticle article, CancellationToken ct)
    {
        var page = ReadPage(article);
        var normalized = UrlKey.Normalize(article.Url);
        var canonical = page.Canonical is null ? null : UrlKey.Normalize(page.Canonical);
        var hash = Hash(page.Text);

        var existing = await FindDuplicateAsync(normalized, canonical, hash, ct).ConfigureAwait(false);
        if (existing is not null) return await RecordSightingAsync(existing.Value, article, page.Title, ct).ConfigureAwait(false);

        var published = article.Published is { } p ? FuzzyDate.FromInstant(p) : (FuzzyDate?)null;
        var analysis = ArticleAnalyzer.Analyze(new ArticleText(page.Title, page.Text, published, page.Language), Catalog.Value);
        var stored = new Article
        {
            Url = article.Url, NormalizedUrl = normalized, CanonicalUrl = canonical, Title = page.Title, Language = page.Language,
            Published = published, FetchedUtc = article.FetchedAt.UtcDateTime, Text = page.Text, RawGzip = Gzip(article.Body),
            RawContentType = article.ContentType, ContentHash = hash, IsRelevant = analysis.Relevance.IsRelevant,
            RelevanceScore = analysis.Relevance.Score, RelevanceBorderline = analysis.Relevance.Borderline,
            Origin = ArticleOrigin.Scraped, SourceId = article.SourceId, FeedGuid = article.FeedGuid,
            AnalyzedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Articles.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another scraper stored the same URL between our check and our insert: that one wins.
            db.ChangeTracker.Clear();
            existing = await FindDuplicateAsync(normalized, canonical, hash, ct).ConfigureAwait(false);
            if (existing is null) throw;
            return await RecordSightingAsync(existing.Value, article, page.Title, ct).ConfigureAwait(false);
        }
        return new ItemOutcome(stored.IsRelevant ? FeedItemState.Stored : FeedItemState.Irrelevant, stored.Id);
    }

    private async Task<(int Id, string Reason)?> FindDuplicateAsync(string normalized, string? canonical, string hash, CancellationToken ct)
    {
        var byUrl = await db.Articles.Where(a => a.NormalizedUrl == normalized || (canonical != null && (a.NormalizedUrl == canonical || a.CanonicalUrl == canonical)))
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (byUrl is { } id) return (id, "url");
        if (hash == EmptyHash) return null; // an extraction that found nothing is not evidence of sameness
        var byHash = await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return byHash is { } hashId ? (hashId, "hash") : null;
    }

    private async Task<ItemOutcome> RecordSightingAsync((int Id, string Reason) existing, ScrapedArticle article, string title, CancellationToken ct)
    {
        var known = await db.ArticleSightings.AnyAsync(s => s.ArticleId == existing.Id && s.Url == article.Url, ct).ConfigureAwait(false)
                    || await db.Articles.AnyAsync(a => a.Id == existing.Id && a.Url == article.Url, ct).ConfigureAwait(false);
        if (!known)
        {
            db.ArticleSightings.Add(new ArticleSighting
            {
                ArticleId = existing.Id, SourceId = article.SourceId, Url = article.Url, Title = title,
                Reason = existing.Reason, SeenUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return new ItemOutcome(FeedItemState.Duplicate, existing.Id, existing.Reason);
    }

    private sealed record Page(string Title, string Text, string? Canonical, string? Language);

    private static Page ReadPage(ScrapedArticle article)
    {
        var document = new HtmlParser().ParseDocument(TextDecoding.Decode(article.Body, article.ContentType));
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim() is { Length: > 0 } og ? og
            : document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1
            : article.Title ?? document.Title?.Trim() ?? article.Url;
        var root = (article.ContentSelector is { Length: > 0 } selector ? TrySelect(document, selector) : null)
                   ?? document.QuerySelector("article") ?? document.Body;
        var paragraphs = root?.QuerySelectorAll("p").Select(p => Collapse(p.TextContent)).Where(t => t.Length > 0).ToList() ?? [];
        var text = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : Collapse(root?.TextContent ?? "");
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") is { } href && Uri.TryCreate(new Uri(article.Url), href, out var c) ? c.AbsoluteUri : null;
        return new Page(title, text, canonical, document.DocumentElement.GetAttribute("lang"));
    }

    private static AngleSharp.Dom.IElement? TrySelect(AngleSharp.Dom.IDocument document, string selector)
    {
        try { return document.QuerySelector(selector); }
        catch (AngleSharp.Dom.DomException) { return null; }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Collapse(text).ToLowerInvariant())));

    private static byte[] Gzip(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest)) gzip.Write(body);
        return buffer.ToArray();
    }
}
