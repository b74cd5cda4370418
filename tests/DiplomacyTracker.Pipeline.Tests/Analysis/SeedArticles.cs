using System.Text;
using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Loads the seed pages as the extractor would hand them over: the gold body only, tables as " | " rows.</summary>
internal static class SeedArticles
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static string Dir(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static readonly Lazy<ActorCatalog> LazyCatalog = new(() =>
    {
        var json = File.ReadAllText(Dir("Analysis", "test-actors.json"));
        var file = JsonSerializer.Deserialize<ReferenceActorsFile>(json, CaseInsensitive)!;
        return ActorCatalog.FromReference(file);
    });

    /// <summary>The test catalog (TestData/Analysis/test-actors.json), independent of the curated reference.</summary>
    public static ActorCatalog Catalog => LazyCatalog.Value;

    public static JsonElement Gold(string seed) =>
        JsonDocument.Parse(File.ReadAllText(Dir("Seeds", "gold", Path.ChangeExtension(seed, ".json")))).RootElement;

    public static ArticleText Load(string seed)
    {
        var gold = Gold(seed);
        var raw = File.ReadAllText(Dir("Seeds", seed)).Replace("\r\n", "\n");
        var body = gold.GetProperty("body");
        var start = raw.IndexOf(body.GetProperty("starts_with").GetString()!, StringComparison.Ordinal);
        var end = raw.Length;
        if (body.TryGetProperty("ends_with", out var endsWith))
        {
            var e = endsWith.GetString()!;
            end = raw.IndexOf(e, start, StringComparison.Ordinal) + e.Length;
        }
        var banned = body.GetProperty("must_not_contain").EnumerateArray().Select(x => x.GetString()!).ToList();
        var text = new StringBuilder();
        foreach (var line in raw[start..end].Split('\n'))
        {
            if (banned.Any(b => line.Contains(b, StringComparison.Ordinal))) continue;
            if (TableRow(line) is { } kept) text.Append(kept).Append('\n');
        }
        var published = gold.GetProperty("published").GetString()!;
        var date = published.Contains('T')
            ? FuzzyDate.FromInstant(new DateTimeOffset(DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(9)))
            : FuzzyDate.FromDay(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), FuzzyDate.Seoul);
        return new ArticleText(gold.GetProperty("title").GetString()!, text.ToString().TrimEnd('\n'), date, "en");
    }

    /// <summary>"| a | b |" → "a | b"; the "|---|" separator row disappears; other lines are unchanged.</summary>
    public static string? TableRow(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|')) return line;
        if (trimmed.All(c => c is '|' or '-' or ':' or ' ')) return null;
        return string.Join(" | ", trimmed.Trim('|').Split('|').Select(c => c.Trim()));
    }
}
