using System.Text;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>The raw answer to a robots.txt request: a status and body, or (Status 0) a network error.</summary>
internal sealed record RobotsResponse(int Status, byte[]? Body, string? Error, bool Retryable = true);

/// <summary>A host's policy, or the network error that kept us from reading its robots.txt.</summary>
public sealed record RobotsLookup(RobotsPolicy? Policy, string? Error, bool Retryable = true);

/// <summary>
/// robots.txt per scheme+host, cached with an expiry: 2xx is parsed, 4xx (incl. 404) means allow all, 429/5xx
/// disallows the host for <see cref="ScraperOptions.RobotsUnavailableMinutes"/>, network errors are not cached.
/// </summary>
public sealed class RobotsCache(IOptions<ScraperOptions> options, TimeProvider clock)
{
    public const string AgentToken = "DiplomacyTracker";

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    internal async Task<RobotsLookup> GetAsync(Uri url, Func<Uri, CancellationToken, Task<RobotsResponse>> fetch, CancellationToken ct)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!) || (entry.Expires is { } expires && expires <= clock.GetUtcNow()))
            {
                // Shared by every caller, so not tied to the first caller's cancellation; the request timeout bounds it.
                entry = new Entry(LoadAsync(new Uri(key + "/robots.txt"), fetch, CancellationToken.None));
                _entries[key] = entry;
            }
        }
        var lookup = await entry.Lookup.WaitAsync(ct).ConfigureAwait(false);
        lock (_entries)
        {
            if (lookup.Error is not null)
            {
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry)) _entries.Remove(key);
            }
            else
            {
                entry.Expires ??= clock.GetUtcNow() + (lookup.Policy!.DisallowAll
                    ? TimeSpan.FromMinutes(options.Value.RobotsUnavailableMinutes)
                    : TimeSpan.FromMinutes(options.Value.RobotsCacheMinutes));
            }
        }
        return lookup;
    }

    private static async Task<RobotsLookup> LoadAsync(Uri robotsUrl, Func<Uri, CancellationToken, Task<RobotsResponse>> fetch, CancellationToken ct)
    {
        var response = await fetch(robotsUrl, ct).ConfigureAwait(false);
        return response.Status switch
        {
            0 => new RobotsLookup(null, response.Error ?? $"could not fetch {robotsUrl}", response.Retryable),
            >= 200 and < 300 => new RobotsLookup(RobotsPolicy.Parse(Encoding.UTF8.GetString(response.Body ?? []), AgentToken), null),
            429 or >= 500 => new RobotsLookup(RobotsPolicy.Unavailable(
                $"refused: {robotsUrl} answered HTTP {response.Status}; the host is off limits until it answers again"), null),
            _ => new RobotsLookup(RobotsPolicy.AllowAll, null),
        };
    }

    private sealed class Entry(Task<RobotsLookup> lookup)
    {
        public Task<RobotsLookup> Lookup { get; } = lookup;
        public DateTimeOffset? Expires { get; set; }
    }
}
