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

    /// <summary>
    /// What a person adds (the web form, `import`): stored only when article text was found in it. A page with none —
    /// a PDF, an image, a pasted "x" — is refused with the reason, and nothing is stored.
    /// </summary>
    public async Task<IntakeOutcome> AddReadableAsync(RawArticle raw, CancellationToken ct = default)
    {
        var processed = await PreviewAsync(raw, ct);
        if (!processed.Extracted.Found) return new IntakeOutcome(null, processed.Extracted.Error ?? "no article found");
        return new IntakeOutcome(await store.SaveAsync(processed, ct), null);
    }
}

/// <summary>The article stored (or already stored), or why it was refused.</summary>
public sealed record IntakeOutcome(SaveResult? Saved, string? Refused);
