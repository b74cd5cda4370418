using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>How one entry check went: what was expected and what <see cref="FeedParser"/> gave.</summary>
public sealed record FeedCheckResult(FeedFieldCheck Check, bool Passed, string Actual);

/// <summary>
/// How one feed file went. <see cref="Error"/> is the format error the parser reported (expected of ill-formed files);
/// <see cref="Crash"/> is any other exception escaping <see cref="FeedParser.Parse"/>, which must never happen.
/// </summary>
public sealed record FeedCaseResult(FeedCase Case, int Entries, string? Error, string? Crash, IReadOnlyList<FeedCheckResult> Checks)
{
    /// <summary>A well-formed file passes when it parses and every check holds; an ill-formed one when nothing but a format error escapes.</summary>
    public bool Passed => Case.IsWellFormed ? Error is null && Crash is null && Checks.All(c => c.Passed) : Crash is null;
}

/// <summary>
/// Runs one case of feedparser's corpus through <see cref="FeedParser.Parse"/> and compares the entries by the shared
/// protocol: titles as visible text, links with scheme and host case-insensitive, ids exactly, dates as instants
/// (our one date per entry: the published one, else the newest updated one).
/// </summary>
public static partial class FeedCaseRunner
{
    public static FeedCaseResult Run(FeedCase feedCase, byte[] body, bool addLinks)
    {
        if (addLinks) body = LinkAdder.AddLinks(body);
        var baseUrl = new Uri(feedCase.BaseUrl ?? "http://127.0.0.1:8097/");
        FeedDocument document;
        try
        {
            document = FeedParser.Parse(body, feedCase.ContentType, baseUrl, TimeZoneInfo.Utc);
        }
        catch (FeedFormatException ex)
        {
            return new FeedCaseResult(feedCase, 0, ex.Message, null, feedCase.Checks.Select(c => new FeedCheckResult(c, false, "(format error)")).ToList());
        }
        catch (Exception ex)
        {
            return new FeedCaseResult(feedCase, 0, null, $"{ex.GetType().Name}: {ex.Message}",
                feedCase.Checks.Select(c => new FeedCheckResult(c, false, "(crash)")).ToList());
        }
        var results = feedCase.Checks.Select(c => Score(c, c.Entry < document.Entries.Count ? document.Entries[c.Entry] : null)).ToList();
        return new FeedCaseResult(feedCase, document.Entries.Count, null, null, results);
    }

    private static FeedCheckResult Score(FeedFieldCheck check, FeedEntry? entry)
    {
        if (entry is null) return new FeedCheckResult(check, false, "(no such entry)");
        var expected = check.Expected;
        switch (check.Field)
        {
            case "title":
                return new FeedCheckResult(check, VisibleText(entry.Title) == VisibleText(expected.GetString()), entry.Title ?? "(none)");
            case "link":
                return new FeedCheckResult(check, SameLink(entry.Url, expected.GetString()!), entry.Url);
            case "id":
                return new FeedCheckResult(check, entry.Guid == expected.GetString(), entry.Guid ?? "(none)");
            case "guidislink":
                var guidIsLink = entry.Guid is not null && FeedParser.Absolute(entry.Guid, new Uri("http://127.0.0.1/")) == entry.Url;
                return new FeedCheckResult(check, guidIsLink == expected.GetBoolean(), guidIsLink ? "true" : "false");
            case "published" or "updated" or "published_parsed" or "updated_parsed":
                var want = expected.ValueKind == JsonValueKind.Array ? FromTuple(expected) : FromString(expected.GetString()!);
                return new FeedCheckResult(check, want is not null && entry.Published == want, entry.Published?.ToString("u", CultureInfo.InvariantCulture) ?? "(none)");
            default:
                return new FeedCheckResult(check, false, $"(unknown field {check.Field})");
        }
    }

    /// <summary>Visible text of a title: tags stripped, entities decoded, white space collapsed.</summary>
    public static string VisibleText(string? html)
    {
        if (html is null) return "";
        var text = WebUtility.HtmlDecode(Tag().Replace(html, ""));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool SameLink(string actual, string expected)
    {
        static (string Head, string Tail) Split(string url)
        {
            var start = url.IndexOf("://", StringComparison.Ordinal);
            if (start < 0) return ("", url);
            var end = url.IndexOfAny(['/', '?', '#'], start + 3);
            return end < 0 ? (url.ToLowerInvariant(), "/") : (url[..end].ToLowerInvariant(), url[end..]);
        }
        return Split(actual) == Split(expected);
    }

    private static DateTimeOffset? FromTuple(JsonElement tuple)
    {
        var t = tuple.EnumerateArray().Take(6).Select(n => n.GetInt32()).ToArray();
        return new DateTimeOffset(t[0], t[1], t[2], t[3], t[4], t[5], TimeSpan.Zero);
    }

    /// <summary>The expected date strings are RFC 1123 ("Thu, 01 Jan 2004 19:48:21 GMT") or W3C-DTF; read them with the framework, not with the parser under test.</summary>
    private static DateTimeOffset? FromString(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
