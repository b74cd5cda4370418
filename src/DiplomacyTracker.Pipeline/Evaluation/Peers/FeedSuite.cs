using System.Text.Json;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>One field feedparser's own tests expect of one entry (title, link, id, guidislink or a date).</summary>
public sealed record FeedFieldCheck(int Entry, string Field, JsonElement Expected)
{
    public override string ToString() => $"entries[{Entry}].{Field} == {Expected.GetRawText()}";
}

/// <summary>One file of feedparser's corpus: where it is, how it is served, and what must be read from it.</summary>
public sealed record FeedCase(string File, string Kind, string Description, string? BaseUrl, string? ContentType, IReadOnlyList<FeedFieldCheck> Checks)
{
    public bool IsWellFormed => Kind == "wellformed";
}

/// <summary>One of feedparser's date strings: the zone a zone-less feed is read in and the UTC instant expected (null: no date).</summary>
public sealed record FeedDateCase(string Parser, string Input, string Zone, int[]? ExpectedUtc)
{
    public DateTimeOffset? Expected => ExpectedUtc is { Length: >= 6 } t
        ? new DateTimeOffset(t[0], t[1], t[2], t[3], t[4], t[5], TimeSpan.Zero) : null;
}

/// <summary>
/// feedparser's test corpus as shared in <c>peers/feedparser/cases.json</c> (kurtmckee/feedparser, BSD-2-Clause):
/// the feed files with their entry checks and the date strings, read for the benchmark and the regression tests.
/// </summary>
public sealed record FeedSuite(string Directory, IReadOnlyList<FeedCase> Cases, IReadOnlyList<FeedDateCase> Dates)
{
    public static FeedSuite Load(string casesJsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(casesJsonPath));
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new FeedCase(
            c.GetProperty("file").GetString()!,
            c.GetProperty("kind").GetString()!,
            c.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
            OptionalString(c, "baseUrl"),
            OptionalString(c, "contentType"),
            c.TryGetProperty("checks", out var checks) && checks.ValueKind == JsonValueKind.Array
                ? checks.EnumerateArray().Select(k => new FeedFieldCheck(k.GetProperty("entry").GetInt32(),
                    k.GetProperty("field").GetString()!, k.GetProperty("expected").Clone())).ToList()
                : [])).ToList();
        var dates = json.RootElement.GetProperty("dates").EnumerateArray().Select(d => new FeedDateCase(
            d.GetProperty("parser").GetString()!,
            d.GetProperty("input").GetString()!,
            d.GetProperty("zone").GetString()!,
            d.GetProperty("expected_utc").ValueKind == JsonValueKind.Array
                ? d.GetProperty("expected_utc").EnumerateArray().Select(n => n.GetInt32()).ToArray() : null)).ToList();
        return new FeedSuite(Path.GetDirectoryName(Path.GetFullPath(casesJsonPath))!, cases, dates);
    }

    public byte[] Read(FeedCase feedCase) => File.ReadAllBytes(Path.Combine(Directory, feedCase.File));

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
