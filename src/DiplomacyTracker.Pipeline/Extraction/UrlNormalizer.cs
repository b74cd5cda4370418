namespace DiplomacyTracker.Extraction;

/// <summary>Puts a URL in one canonical spelling so the same article fetched via different links dedups:
/// lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash.</summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl",
        "ref_src", "ref_url", "cmpid", "ncid", "ocid", "spm", "twclid", "wt.mc_id", "mkt_tok", "_hsenc", "_hsmi", "__twitter_impression",
    };

    /// <summary>Returns the canonical spelling of <paramref name="url"/>, or the trimmed input when it is not an absolute http(s) URL.</summary>
    public static string Normalize(string url)
    {
        var trimmed = (url ?? "").Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return trimmed;

        var scheme = uri.Scheme.ToLowerInvariant();
        var host = uri.IdnHost.ToLowerInvariant();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        var path = uri.AbsolutePath;
        while (path.Length > 1 && path.EndsWith('/'))
            path = path[..^1];
        if (path == "/")
            path = "";

        var query = FilterQuery(uri.Query);
        var userInfo = uri.UserInfo.Length > 0 ? uri.UserInfo + "@" : "";
        return $"{scheme}://{userInfo}{host}{port}{path}{query}";
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
            return "";
        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    private static bool IsTracking(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        return decoded.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(decoded);
    }
}
