namespace DiplomacyTracker.Extraction;

/// <summary>A fetched page as the extractor receives it: raw bytes plus what the fetch knew about them.</summary>
/// <param name="Body">The response body, undecoded.</param>
/// <param name="Url">Where the page came from (used for relative links, URL dates and the Korean-outlet guess).</param>
/// <param name="ContentType">The HTTP Content-Type header, for its charset.</param>
/// <param name="FetchedAt">When the page was fetched; no publication date may lie after it (default: now).</param>
/// <param name="DefaultTimeZone">IANA zone for dates written without one (null: Asia/Seoul for Korean pages, else UTC).</param>
/// <param name="ContentSelector">Optional per-source CSS selector for the article body.</param>
public sealed record PageInput(
    byte[] Body,
    Uri? Url = null,
    string? ContentType = null,
    DateTimeOffset? FetchedAt = null,
    string? DefaultTimeZone = null,
    string? ContentSelector = null);
