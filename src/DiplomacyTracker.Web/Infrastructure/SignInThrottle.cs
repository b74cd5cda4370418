using System.Collections.Concurrent;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Web:SignIn</c> limits (see docs/security.md).</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Failed sign-ins counted per address, per account (from browsers that never signed in to it) and per known browser.</summary>
    public int MaxFailures { get; set; } = 10;

    /// <summary>How long a failure counts.</summary>
    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Counts failed sign-ins in a sliding window, by key: the client's address, the account tried from an unknown browser,
/// and the account tried from a browser that signed in to it before (<see cref="KnownBrowsers"/>). A key with
/// <see cref="SignInLimitOptions.MaxFailures"/> failures in the window is refused before any password is checked, so a
/// flood of guesses costs the server nothing and gets nowhere — and because strangers only ever fill the "unknown
/// browser" count of an account, the editor's own browser still signs in. Kept in memory (one instance's view).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, Microsoft.Extensions.Options.IOptions<SignInLimitOptions> options)
{
    private const int PurgeAbove = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, options.Value.WindowMinutes));

    /// <summary>When the first of <paramref name="keys"/> that is full frees up again; null when none is full.</summary>
    public DateTimeOffset? BlockedUntil(params string[] keys)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? until = null;
        foreach (var key in keys)
        {
            if (!_failures.TryGetValue(key, out var times)) continue;
            lock (times)
            {
                Expire(times, now);
                if (times.Count >= Math.Max(1, options.Value.MaxFailures))
                {
                    var free = times.Peek() + Window;
                    if (until is null || free > until) until = free;
                }
            }
        }
        return until;
    }

    public void RecordFailure(params string[] keys)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PurgeAbove) Purge(now);
        foreach (var key in keys)
        {
            var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (times)
            {
                Expire(times, now);
                times.Enqueue(now);
                while (times.Count > Math.Max(1, options.Value.MaxFailures)) times.Dequeue();
            }
        }
    }

    /// <summary>A right password from this browser: its own count starts again.</summary>
    public void Forget(string key) => _failures.TryRemove(key, out _);

    public static string ForClient(HttpContext context) => "client:" + ClientKey.Of(context);

    public static string ForAccount(string email) => "account:" + email.Trim().ToUpperInvariant();

    public static string ForKnownBrowser(string editorId) => "browser:" + editorId;

    private void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now) times.Dequeue();
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures)
        {
            bool empty;
            lock (times)
            {
                Expire(times, now);
                empty = times.Count == 0;
            }
            if (empty) _failures.TryRemove(key, out _);
        }
    }
}
