using System.Security.Cryptography;
using System.Text;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// How a listing's entries were accounted for: <see cref="Entries"/> = <see cref="New"/> + <see cref="Known"/> +
/// <see cref="Repeated"/> (listed twice in this listing) + <see cref="Skipped"/> (unusable, with reasons);
/// <see cref="SharedGuid"/> counts the new ones whose GUID was already known with another link.
/// </summary>
public sealed record ListingTally(int Entries, int New, int Known, int Repeated, int SharedGuid, int Skipped)
{
    public static ListingTally None { get; } = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The identity of a listing's entries as <see cref="Data.Entities.FeedItem"/> keys, unique per source: the feed's
/// GUID, else the normalised link. A GUID already known with another link is another story (feeds reuse GUIDs —
/// a site URL for every item, a counter reset), kept under the GUID plus its link rather than dropped. Pure, so the
/// rule is tested apart from the database.
/// </summary>
public static class FeedItemKeys
{
    public const int MaxKeyLength = 1000;

    /// <summary>The key each entry would take if new, and the alternative for a GUID seen with another link.</summary>
    public static IEnumerable<string> Candidates(FeedEntry entry, string normalizedUrl) =>
        entry.Guid is { Length: > 0 } guid ? [Fit(guid), Compose(guid, normalizedUrl)] : [Fit(normalizedUrl)];

    /// <summary>
    /// Decides, in listing order, which entries are new and under which key. <paramref name="known"/> maps the keys
    /// already stored for the source (among the candidates) to their normalised links; it is extended with the new ones.
    /// </summary>
    public static (List<(FeedEntry Entry, string Key, string NormalizedUrl)> Added, ListingTally Tally) Assign(
        IReadOnlyList<(FeedEntry Entry, string NormalizedUrl)> entries, Dictionary<string, string> known, int skippedByParser)
    {
        var before = new HashSet<string>(known.Keys, StringComparer.Ordinal);
        var added = new List<(FeedEntry, string, string)>();
        int knownCount = 0, repeated = 0, shared = 0;
        foreach (var (entry, url) in entries)
        {
            string key;
            var sharesGuid = false;
            if (entry.Guid is { Length: > 0 } guid)
            {
                key = Fit(guid);
                if (known.TryGetValue(key, out var firstUrl) && firstUrl != url)
                {
                    key = Compose(guid, url);
                    sharesGuid = true;
                }
            }
            else key = Fit(url);

            if (known.ContainsKey(key))
            {
                if (before.Contains(key)) knownCount++;
                else repeated++;
                continue;
            }
            if (sharesGuid) shared++;
            known[key] = url;
            added.Add((entry, key, url));
        }
        return (added, new ListingTally(entries.Count + skippedByParser, added.Count, knownCount, repeated, shared, skippedByParser));
    }

    private static string Fit(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];

    /// <summary>"guid &lt;normalised link&gt;", the link hashed if the whole would not fit.</summary>
    private static string Compose(string guid, string normalizedUrl)
    {
        var link = $" <{normalizedUrl}>";
        if (link.Length > MaxKeyLength / 2) link = $" <sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedUrl)))}>";
        return (guid.Length + link.Length <= MaxKeyLength ? guid : guid[..(MaxKeyLength - link.Length)]) + link;
    }
}
