namespace DiplomacyTracker.Intake;

/// <summary>The one way an article enters the store: the web form, the CLI `import` and the scraper all come through here.</summary>
public sealed class ArticleIntake(CatalogProvider catalog, ArticleStore store)
{
    /// <summary>Extracts and analyses without storing: what "Preview" and `analyze` show.</summary>
    public async Task<ProcessedArticle> PreviewAsync(RawArticle raw, CancellationToken ct = default) =>
        ArticleProcessor.Process(raw, await catalog.GetAsync(ct));

    /// <summary>Extracts, analyses and stores (or reports the stored duplicate).</summary>
    public async Task<SaveResult> AddAsync(RawArticle raw, CancellationToken ct = default)
    {
        var processed = await PreviewAsync(raw, ct);
        return await store.SaveAsync(processed, ct);
    }
}
