namespace DiplomacyTracker.Scraping;

/// <summary>
/// The scraper's URL identity for "same story" checks: lower-case scheme and host, no default port, no fragment,
/// no tracking parameters (utm_*, fbclid, gclid, ...), no trailing slash. A minimal stand-in until the extraction
/// branch's <c>UrlNormalizer.Normalize</c> lands on main; it must agree with that one on these rules.
/// </summary>
public static class UrlKey
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "ref", "ref_src",
        "cmpid", "ocid", "spm", "smid", "sr_share",
    };

    public static string Normalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return url.Trim();
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair =>
            {
                var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .ToList();
        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        return $"{uri.Scheme.ToLowerInvariant()}://{host}{port}{path}" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
