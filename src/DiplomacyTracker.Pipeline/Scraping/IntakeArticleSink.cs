using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Hands scraped pages to the intake pipeline (extract → relevance → analyse → dedup → one transaction) and turns
/// the result into the item's state. The feed's title and date are used only where the page itself has none.
/// </summary>
public sealed class IntakeArticleSink(CatalogProvider catalogs, ArticleStore store) : IArticleSink
{
    public async Task<ItemOutcome> StoreAsync(ScrapedArticle article, CancellationToken ct)
    {
        var catalog = await catalogs.GetAsync(ct).ConfigureAwait(false);
        var raw = new RawArticle(article.Body, article.ContentType, article.Url, article.FetchedAt, ArticleOrigin.Scraped,
            article.SourceId, article.FeedGuid, article.TimeZone, article.ContentSelector);
        var processed = ArticleProcessor.Process(raw, catalog);
        var needsTitle = processed.Extracted.Title is null && article.Title is { Length: > 0 };
        var needsDate = processed.Published is null && article.Published is not null;
        if (needsTitle || needsDate)
            processed = ArticleProcessor.Process(raw with
            {
                TitleOverride = needsTitle ? article.Title : null,
                PublishedOverride = needsDate ? FuzzyDate.FromInstant(article.Published!.Value) : null,
            }, catalog);

        // Not behind StoreWriteGate: the store's duplicate search (read-only, CPU-heavy) then runs in parallel and SQLite
        // serialises only its short write transaction (measured 25 % faster than queueing whole saves).
        var saved = await store.SaveAsync(processed, ct).ConfigureAwait(false);
        var state = saved.Duplicate ? FeedItemState.Duplicate
            : processed.Analysis.Relevance.IsRelevant ? FeedItemState.Stored
            : FeedItemState.Irrelevant;
        return new ItemOutcome(state, saved.ArticleId, saved.DuplicateReason);
    }
}
