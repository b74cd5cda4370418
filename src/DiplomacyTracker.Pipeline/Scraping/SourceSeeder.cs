using System.Text.Json;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Fills the Sources table on first start from <c>Scraper:Sources</c>, or from the embedded default-sources.json
/// when that is absent. Runs only while the table is empty, so sources the user removed or edited stay that way.
/// </summary>
public sealed class SourceSeeder(TrackerDbContext db, IOptions<ScraperOptions> options, TimeProvider clock, ILogger<SourceSeeder> logger)
{
    public const string DefaultsResource = "DiplomacyTracker.Scraping.default-sources.json";

    /// <returns>How many sources were added (0 when the table already had sources).</returns>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Sources.AnyAsync(ct).ConfigureAwait(false)) return 0;
        var seeds = options.Value.Sources is { Count: > 0 } configured ? configured : LoadDefaults();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var seed in seeds)
        {
            if (!Uri.TryCreate(seed.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
                || !Enum.TryParse<SourceKind>(seed.Kind, ignoreCase: true, out var kind))
            {
                logger.LogWarning("Skipping configured source {Name}: unusable URL '{Url}' or kind '{Kind}'", seed.Name, seed.Url, seed.Kind);
                continue;
            }
            if (db.Sources.Local.Any(s => s.Url == url.AbsoluteUri)) continue;
            db.Sources.Add(new Source
            {
                Name = string.IsNullOrWhiteSpace(seed.Name) ? url.Host : seed.Name, Url = url.AbsoluteUri, Kind = kind,
                TimeZone = string.IsNullOrWhiteSpace(seed.TimeZone) ? "UTC" : seed.TimeZone,
                IntervalMinutes = Math.Clamp(seed.IntervalMinutes ?? 30, 5, 7 * 24 * 60),
                LinkSelector = seed.LinkSelector, ContentSelector = seed.ContentSelector, CreatedUtc = now, NextCheckUtc = now,
            });
            added++;
        }
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Sources.AsNoTracking().AnyAsync(ct).ConfigureAwait(false)) throw;
            return 0; // the web app and the CLI started together and the other one seeded first
        }
        if (added > 0) logger.LogInformation("Seeded {Count} sources", added);
        return added;
    }

    public static List<SourceSeed> LoadDefaults()
    {
        using var stream = typeof(SourceSeeder).Assembly.GetManifestResourceStream(DefaultsResource)
                           ?? throw new InvalidOperationException($"embedded resource {DefaultsResource} is missing");
        return JsonSerializer.Deserialize<List<SourceSeed>>(stream) ?? [];
    }
}
