using DiplomacyTracker.Data.Entities;

namespace DiplomacyTracker.Scraping;

/// <summary>A page the scraper fetched for a feed item, with everything the feed told us about it.</summary>
public sealed record ScrapedArticle(byte[] Body, string? ContentType, string Url, DateTimeOffset FetchedAt, int SourceId,
    string FeedGuid, string? TimeZone, string? ContentSelector, string? Title, DateTimeOffset? Published);

/// <summary>What became of a stored item: <see cref="FeedItemState.Stored"/>, <see cref="FeedItemState.Duplicate"/> or <see cref="FeedItemState.Irrelevant"/>.</summary>
public sealed record ItemOutcome(FeedItemState State, int? ArticleId, string? Detail = null);

/// <summary>
/// Where the scraper hands each fetched page: extraction, relevance, analysis, dedup and storing in ONE short
/// transaction. The scraper never holds the database's write lock across a network call — it fetches first,
/// then calls this. Throwing means "failed, retry later". Scoped (it uses the DbContext).
/// </summary>
public interface IArticleSink
{
    Task<ItemOutcome> StoreAsync(ScrapedArticle article, CancellationToken ct);
}
