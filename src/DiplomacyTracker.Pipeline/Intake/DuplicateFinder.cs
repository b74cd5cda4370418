using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Intake;

/// <summary>
/// One story, stored once: finds an already stored article by normalised URL, canonical URL, feed GUID,
/// content hash, or a near-identical body (≥ 80% shared 4-word shingles) published within three days.
/// Similar titles alone never merge.
/// </summary>
public sealed class DuplicateFinder(TrackerDbContext db)
{
    public const double NearDuplicateOverlap = 0.8;
    private static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>Screening threshold on the sketch estimate; candidates above it are checked on their full text.</summary>
    public const double SketchScreen = 0.5;

    public async Task<(int ArticleId, string Reason)?> FindAsync(ProcessedArticle article, HashSet<ulong> shingles, CancellationToken ct) =>
        await FindExactAsync(article, ct) ?? await FindNearDuplicateAsync(article, shingles, ct);

    /// <summary>The index lookups only (URL, canonical URL, feed GUID, content hash): cheap enough to repeat inside the
    /// write transaction, where two saves of the same page at once (a double-clicked Save) would otherwise both pass.</summary>
    public async Task<(int ArticleId, string Reason)?> FindExactAsync(ProcessedArticle article, CancellationToken ct)
    {
        if (article.NormalizedUrl is { } url)
        {
            var id = await db.Articles.Where(a => a.NormalizedUrl == url || a.CanonicalUrl == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (id is { } byUrl) return (byUrl, "url");
            id = await db.ArticleSightings.Where(s => s.Url == url).Select(s => (int?)s.ArticleId).FirstOrDefaultAsync(ct);
            if (id is { } bySighting) return (bySighting, "url");
        }
        if (article.CanonicalUrl is { } canonical)
        {
            var id = await db.Articles.Where(a => a.CanonicalUrl == canonical || a.NormalizedUrl == canonical).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (id is { } byCanonical) return (byCanonical, "canonical");
        }
        if (article.Raw.FeedGuid is { Length: > 0 } guid && article.Raw.SourceId is { } sourceId)
        {
            var id = await db.Articles.Where(a => a.SourceId == sourceId && a.FeedGuid == guid).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (id is { } byGuid) return (byGuid, "guid");
        }
        if (article.Text.Length > 0)
        {
            var id = await db.Articles.Where(a => a.ContentHash == article.ContentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (id is { } byHash) return (byHash, "hash");
        }
        return null;
    }

    private async Task<(int, string)?> FindNearDuplicateAsync(ProcessedArticle article, HashSet<ulong> mine, CancellationToken ct)
    {
        if (mine.Count < Shingles.MinimumForComparison) return null;
        var sketch = Shingles.Sketch(mine);
        var when = article.Published?.EarliestUtc ?? article.Raw.FetchedAt.UtcDateTime;
        var (from, to) = (when - Window, when + Window);
        var (shortest, longest) = (article.Text.Length / 2, article.Text.Length * 2);
        var candidates = await db.Articles
            .Where(a => (a.PublishedUtc ?? a.FetchedUtc) >= from && (a.PublishedUtc ?? a.FetchedUtc) <= to)
            .Where(a => a.Text.Length > shortest && a.Text.Length < longest)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.ShingleCount, a.ShingleSketch })
            .Take(2000)
            .ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            if (candidate.ShingleSketch is { } theirs && candidate.ShingleCount is { } count
                && Shingles.EstimateOverlap(sketch, mine.Count, theirs, count) < SketchScreen)
                continue;
            var text = await db.Articles.Where(a => a.Id == candidate.Id).Select(a => a.Text).SingleAsync(ct);
            if (Shingles.Overlap(mine, Shingles.Of(text)) >= NearDuplicateOverlap)
                return (candidate.Id, "near-duplicate");
        }
        return null;
    }
}
