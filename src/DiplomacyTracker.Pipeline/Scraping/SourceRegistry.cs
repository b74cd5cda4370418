using AngleSharp.Html.Parser;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Adds, lists, edits, pauses and "scrape now"s the sources the scraper polls — the one place the CLI and the
/// web Sources page change them, so validation (URL, selector, zone, interval) is the same everywhere. Scoped.
/// </summary>
public sealed class SourceRegistry(TrackerDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SourceHealth>> ListAsync(CancellationToken ct = default) =>
        (await db.Sources.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct).ConfigureAwait(false))
        .Select(SourceHealth.From).ToList();

    public async Task<SourceHealth?> GetAsync(int id, CancellationToken ct = default) =>
        await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false) is { } s ? SourceHealth.From(s) : null;

    /// <exception cref="SourceInputException">The input is unusable or the URL is already a source.</exception>
    public async Task<SourceHealth> AddAsync(SourceInput input, CancellationToken ct = default)
    {
        var url = ValidUrl(input.Url);
        if (await db.Sources.AnyAsync(s => s.Url == url, ct).ConfigureAwait(false))
            throw new SourceInputException($"{url} is already a source");
        var now = clock.GetUtcNow().UtcDateTime;
        var source = new Source { Url = url, CreatedUtc = now, NextCheckUtc = now };
        Apply(source, input, url);
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return SourceHealth.From(source);
    }

    /// <exception cref="SourceInputException">No such source, or the input is unusable.</exception>
    public async Task<SourceHealth> UpdateAsync(int id, SourceInput input, CancellationToken ct = default)
    {
        var source = await FindAsync(id, ct).ConfigureAwait(false);
        var url = ValidUrl(input.Url);
        if (url != source.Url && await db.Sources.AnyAsync(s => s.Url == url && s.Id != id, ct).ConfigureAwait(false))
            throw new SourceInputException($"{url} is already a source");
        if (url != source.Url)
        {
            source.Url = url;
            source.ETag = null;
            source.LastModified = null;
        }
        Apply(source, input, url);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return SourceHealth.From(source);
    }

    public async Task SetPausedAsync(int id, bool paused, CancellationToken ct = default)
    {
        var source = await FindAsync(id, ct).ConfigureAwait(false);
        source.IsPaused = paused;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>"Scrape now": the source becomes due at the next pass, whatever its schedule or backoff.</summary>
    public async Task RequestScrapeAsync(int id, CancellationToken ct = default)
    {
        var source = await FindAsync(id, ct).ConfigureAwait(false);
        source.ScrapeRequestedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private async Task<Source> FindAsync(int id, CancellationToken ct) =>
        await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false)
        ?? throw new SourceInputException($"no source with id {id}");

    /// <summary>The zone for a source's zone-less dates when the person adding it names none.</summary>
    public const string DefaultTimeZone = "Asia/Seoul";

    private static void Apply(Source source, SourceInput input, string url)
    {
        source.Name = string.IsNullOrWhiteSpace(input.Name) ? new Uri(url).Host : input.Name.Trim();
        source.Kind = input.Kind;
        source.LinkSelector = ValidSelector(input.LinkSelector);
        source.ContentSelector = ValidSelector(input.ContentSelector);
        if (input.Kind == SourceKind.Listing && source.LinkSelector is null)
            throw new SourceInputException("a listing source needs a link selector (CSS), e.g. \"h2.headline a\"");
        // No zone given: Seoul, as the Sources form proposes (the outlets followed here mostly write Korea time).
        var zone = string.IsNullOrWhiteSpace(input.TimeZone) ? DefaultTimeZone : input.TimeZone.Trim();
        if (FeedDates.FindZone(zone) == TimeZoneInfo.Utc && zone is not ("UTC" or "Etc/UTC"))
            throw new SourceInputException($"unknown time zone '{zone}' (use an IANA id such as Asia/Seoul)");
        source.TimeZone = zone;
        var interval = input.IntervalMinutes ?? source.IntervalMinutes;
        if (interval is < 5 or > 7 * 24 * 60) throw new SourceInputException("the interval must be between 5 minutes and 7 days");
        source.IntervalMinutes = interval;
    }

    private static string ValidUrl(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
            throw new SourceInputException($"'{text}' is not an http(s) URL");
        return url.AbsoluteUri;
    }

    private static string? ValidSelector(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector)) return null;
        try { new HtmlParser().ParseDocument("<p></p>").QuerySelector(selector.Trim()); }
        catch (AngleSharp.Dom.DomException) { throw new SourceInputException($"'{selector}' is not a valid CSS selector"); }
        return selector.Trim();
    }
}
