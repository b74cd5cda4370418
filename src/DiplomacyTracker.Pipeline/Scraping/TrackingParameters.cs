using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Strips what feeds add to links for analytics (utm_*, fbclid, gclid, ...) and the fragment, so the same story
/// linked from two feeds is fetched from one URL; <see cref="StoreKey"/> then matches the store's normalised URL.
/// </summary>
public static class TrackingParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl",
        "ref_src", "cmpid", "ocid", "spm", "smid", "sr_share", "__twitter_impression",
    };

    /// <summary>The URL without tracking parameters and fragment; anything unparseable is returned trimmed.</summary>
    public static string Strip(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return url.Trim();
        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair =>
            {
                var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !Names.Contains(name);
            })
            .ToList();
        var builder = new UriBuilder(uri) { Fragment = "", Query = kept.Count > 0 ? string.Join('&', kept) : "" };
        return builder.Uri.AbsoluteUri;
    }

    /// <summary>The key the store files this URL under (<see cref="UrlNormalizer"/> of the stripped URL).</summary>
    public static string StoreKey(string url) => UrlNormalizer.Normalize(Strip(url));
}
