namespace DiplomacyTracker.Scraping;

/// <summary>
/// Exists so a machine with no network gets one sentence saying so, not a screen of per-source errors: when every
/// source of a pass failed on the network, the hint says what to do (each source's own line stays one line).
/// </summary>
public static class OfflineHint
{
    public const string Text = "no source could be reached — no network? Sources keep retrying with backoff; "
        + "to run offline, pause them on the Sources page or start with --Scraper:Enabled=false (articles can still be added by hand or with `import`).";

    /// <summary>The hint when every source in <paramref name="results"/> failed on the network, else null.</summary>
    public static string? For(IReadOnlyCollection<SourceRunSummary> results) =>
        results.Count > 0 && results.All(r => !r.Succeeded && r.Outcome.Contains("network error", StringComparison.Ordinal)) ? Text : null;
}
