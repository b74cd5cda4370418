using System.IO.Compression;
using System.Text.Json;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>The slices of htmldate's and trafilatura's benchmarks copied under TestData/Peers (Apache-2.0, see the
/// README and LICENSE beside them).</summary>
internal static class PeerSuiteData
{
    public static string HtmldateDir => Path.Combine(ExtractionTestData.Root, "Peers", "htmldate");

    public static string TrafilaturaDir => Path.Combine(ExtractionTestData.Root, "Peers", "trafilatura");

    /// <summary>After the newest page of both suites: "never after the fetch" keeps its meaning without the clock.</summary>
    public static DateTimeOffset FetchedAt { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Page(string suiteDir, string file)
    {
        using var gz = new GZipStream(File.OpenRead(Path.Combine(suiteDir, "html", file + ".gz")), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gz.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>file → reference day (null when the page has none).</summary>
    public static IReadOnlyList<(string File, DateOnly? Day)> Dates()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(HtmldateDir, "dates.json")));
        return json.RootElement.EnumerateObject()
            .Select(p => (p.Name, p.Value.GetProperty("date").GetString() is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null))
            .ToList();
    }

    /// <summary>file → the strings that must be in the main text and those that must not.</summary>
    public static IReadOnlyList<(string File, string[] With, string[] Without)> MainText()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TrafilaturaDir, "expected.json")));
        return json.RootElement.EnumerateObject()
            .Select(p => (p.Name, Strings(p.Value, "with"), Strings(p.Value, "without")))
            .ToList();
    }

    private static string[] Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(s => s.GetString()!).ToArray() : [];
}
