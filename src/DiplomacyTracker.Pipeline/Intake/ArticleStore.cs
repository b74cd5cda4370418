using System.IO.Compression;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Intake;

/// <summary>
/// The store stage: after the duplicate check, one short transaction writes the article with everything found in it.
/// Nothing here waits on the network, so SQLite's write lock is held only for the writes.
/// </summary>
public sealed class ArticleStore(TrackerDbContext db, CatalogProvider catalog, TimeProvider clock, ILogger<ArticleStore> logger)
{
    public Task<SaveResult?> FindDuplicateAsync(ProcessedArticle article, CancellationToken ct = default) =>
        FindDuplicateAsync(article, Shingles.Of(article.Text), ct);

    private async Task<SaveResult?> FindDuplicateAsync(ProcessedArticle article, HashSet<ulong> shingles, CancellationToken ct) =>
        await new DuplicateFinder(db).FindAsync(article, shingles, ct) is { } dup ? new SaveResult(dup.ArticleId, true, dup.Reason) : null;

    public async Task<SaveResult> SaveAsync(ProcessedArticle article, CancellationToken ct = default)
    {
        AnalysisFailureLog.Log(logger, article);
        var shingles = Shingles.Of(article.Text);
        if (await FindDuplicateAsync(article, shingles, ct) is { } duplicate)
        {
            await RecordSightingAsync(duplicate, article, ct);
            return duplicate;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entity = new Article
        {
            Url = article.Raw.Url,
            NormalizedUrl = article.NormalizedUrl,
            CanonicalUrl = article.CanonicalUrl,
            Origin = article.Raw.Origin,
            SourceId = article.Raw.SourceId,
            FeedGuid = article.Raw.FeedGuid,
            FetchedUtc = article.Raw.FetchedAt.UtcDateTime,
            RawGzip = Gzip(article.Raw.Body),
            RawContentType = article.Raw.ContentType,
            ShingleCount = shingles.Count,
            ShingleSketch = Shingles.Sketch(shingles),
        };
        ApplyExtraction(entity, article, now);

        await using var transaction = await db.Database.BeginTransactionAsync(ct); // BEGIN IMMEDIATE: one writer from here
        await ArticleWriteLock.EnterAsync(db, ct); // the same on PostgreSQL
        if (await new DuplicateFinder(db).FindExactAsync(article, ct) is { } raced)
        {
            await transaction.RollbackAsync(ct);
            var stored = new SaveResult(raced.ArticleId, true, raced.Reason);
            await RecordSightingAsync(stored, article, ct);
            return stored;
        }
        db.Articles.Add(entity);
        await db.SaveChangesAsync(ct);
        var writer = new AnalysisWriter(db, now);
        await writer.WriteAsync(entity, article, keepEdited: [], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (writer.CreatedActors) catalog.MarkStale();
        return new SaveResult(entity.Id, false, null);
    }

    /// <summary>
    /// Runs extraction and analysis again from the stored snapshot and merges the result into the store, never over
    /// what editors decided: corrected statements and their review decisions, corrected summits, the article's links to
    /// summits (kept for the same passages, see <see cref="SummitLinker"/>), unlinked summits, an editor's relevance
    /// decision (an article an editor marked relevant is analysed even if the classifier disagrees), a corrected title,
    /// date or source name. Running it twice changes nothing the second time (but the time it ran, AnalyzedUtc). Inside the caller's transaction when there
    /// is one (an edit and the re-analysis it needs are saved together or not at all), else in its own.
    /// </summary>
    public async Task ReanalyzeAsync(int articleId, CancellationToken ct = default)
    {
        var entity = await db.Articles.Include(a => a.Statements).SingleOrDefaultAsync(a => a.Id == articleId, ct)
            ?? throw new KeyNotFoundException($"no article {articleId}");
        var body = entity.RawGzip is { } raw ? Gunzip(raw) : System.Text.Encoding.UTF8.GetBytes(entity.Text);
        // A hand-added article's title and date are what the editor gave; an edited one's are what the editor set.
        var pinned = entity.Origin != ArticleOrigin.Scraped || entity.EditedUtc is not null;
        var rawArticle = new Intake.RawArticle(body, entity.RawContentType, entity.Url, new DateTimeOffset(entity.FetchedUtc, TimeSpan.Zero),
            entity.Origin, entity.SourceId, entity.FeedGuid, TitleOverride: pinned ? entity.Title : null,
            PublishedOverride: pinned ? entity.Published : null);
        var processed = ArticleProcessor.Process(rawArticle, await catalog.GetAsync(ct), entity.RelevanceOverridden ? entity.IsRelevant : null);
        AnalysisFailureLog.Log(logger, processed);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var kept = entity.Statements.Where(s => s.EditedUtc != null).ToList();
        var reuse = entity.Statements.Where(s => s.EditedUtc == null).ToList();
        // Links an editor made by hand are not the analysis's to keep or drop: they are left out of its reach.
        var previous = await db.SummitEvidence.Where(e => e.ArticleId == articleId && !e.EnteredByEditor).OrderBy(e => e.Id).ToListAsync(ct);
        var touchedSummits = previous.Select(e => e.SummitId).ToHashSet();
        ApplyExtraction(entity, processed, now);
        var shingles = Shingles.Of(entity.Text);
        (entity.ShingleCount, entity.ShingleSketch) = (shingles.Count, Shingles.Sketch(shingles));
        var writer = new AnalysisWriter(db, now);
        await writer.WriteAsync(entity, processed, kept, ct, reuse, previous);
        await db.SaveChangesAsync(ct);
        touchedSummits.UnionWith(writer.LinkedSummits);
        // The summits this article reports, or reported: their status from the evidence they now hold.
        await RecomputeSummitStatusAsync(touchedSummits, ct);
        if (own is not null) await own.CommitAsync(ct);
        if (writer.CreatedActors) catalog.MarkStale();
    }

    /// <summary>Works out the status of these summits again from their stored evidence (editor-corrected summits keep theirs).</summary>
    public async Task RecomputeSummitStatusAsync(IReadOnlyCollection<int> summitIds, CancellationToken ct = default)
    {
        if (summitIds.Count == 0) return;
        var summits = await db.Summits.Include(s => s.Evidence).Where(s => summitIds.Contains(s.Id) && s.EditedUtc == null).ToListAsync(ct);
        foreach (var summit in summits) SummitEvidenceStatus.Recompute(summit);
        await db.SaveChangesAsync(ct);
    }

    private static void ApplyExtraction(Article entity, ProcessedArticle article, DateTime now)
    {
        entity.Title = Truncate(article.Title, 500);
        entity.Byline = article.Extracted.Byline;
        // A source name an editor set (or typed when adding) is kept; otherwise a name is never replaced by none.
        if (entity.EditedUtc is null) entity.SiteName = article.Extracted.SiteName ?? entity.SiteName;
        entity.Language = article.Extracted.Language;
        entity.LeadImageUrl = article.Extracted.LeadImageUrl;
        entity.Published = article.Published;
        entity.Text = article.Text;
        entity.ContentHash = article.ContentHash;
        if (!entity.RelevanceOverridden)
        {
            entity.IsRelevant = article.Analysis.Relevance.IsRelevant;
            entity.RelevanceScore = article.Analysis.Relevance.Score;
            entity.RelevanceBorderline = article.Analysis.Relevance.Borderline;
        }
        entity.AnalyzedUtc = now;
        entity.AnalysisError = article.Extracted.Found ? null : article.Extracted.Error;
    }

    private async Task RecordSightingAsync(SaveResult duplicate, ProcessedArticle article, CancellationToken ct)
    {
        var url = article.NormalizedUrl ?? article.CanonicalUrl;
        if (url is null) return;
        var known = await db.Articles.AnyAsync(a => a.Id == duplicate.ArticleId && (a.NormalizedUrl == url || a.CanonicalUrl == url), ct)
                    || await db.ArticleSightings.AnyAsync(s => s.ArticleId == duplicate.ArticleId && s.Url == url, ct);
        if (known) return;
        db.ArticleSightings.Add(new ArticleSighting
        {
            ArticleId = duplicate.ArticleId, SourceId = article.Raw.SourceId, Url = url,
            Title = Truncate(article.Title, 500), Reason = duplicate.DuplicateReason ?? "", SeenUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    public static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
