using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Evaluation;

/// <summary>An annotated statement of a real-news corpus (real-en, real-ko): who, the words, and how it was said.</summary>
/// <param name="Speaker">The canonical name and its spellings separated by ';'.</param>
public sealed record GoldStatement(string Speaker, string Text, string? Type, string? Date, string? SpeakerKind);

/// <summary>An annotated summit: participants (each with ';'-separated spellings), place spellings, first day, status.</summary>
public sealed record GoldSummit(IReadOnlyList<string> Participants, string Location, string? Start, string Status);

/// <summary>
/// One article of a real-news corpus in the layout of ../shared/corpus (article_NN.txt with header lines, a blank line and
/// the body; gold_NN.json beside it; summits_gold.json one folder up), read exactly as score_statements.py reads it.
/// </summary>
public sealed record CorpusArticle(
    string Key,
    string Title,
    string? Published,
    string Body,
    IReadOnlyList<GoldStatement> Statements,
    IReadOnlyList<GoldSummit> Summits)
{
    private static readonly Regex IsoDay = new(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Loads every gold_NN.json of <paramref name="setDirectory"/>/articles in file-name order. Throws
    /// <see cref="InvalidDataException"/> naming the file that cannot be read.
    /// </summary>
    public static IReadOnlyList<CorpusArticle> LoadSet(string setDirectory)
    {
        var articles = Path.Combine(setDirectory, "articles");
        if (!Directory.Exists(articles)) throw new DirectoryNotFoundException($"no articles/ folder in {setDirectory}");
        var summitsPath = Path.Combine(setDirectory, "summits_gold.json");
        var summits = File.Exists(summitsPath) ? ReadSummits(summitsPath) : [];
        var result = new List<CorpusArticle>();
        foreach (var goldPath in Directory.EnumerateFiles(articles, "gold_*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(goldPath);
            var key = name.Length >= 7 ? name[5..7] : name;
            var articlePath = Path.Combine(articles, name.Replace("gold_", "article_", StringComparison.Ordinal).Replace(".json", ".txt", StringComparison.Ordinal));
            try
            {
                var (title, published, body) = ReadArticle(File.ReadAllText(articlePath));
                result.Add(new CorpusArticle(key, title, published, body, ReadStatements(goldPath), summits.GetValueOrDefault(key) ?? []));
            }
            catch (Exception e) when (e is JsonException or IOException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{name}: {e.Message}", e);
            }
        }
        return result;
    }

    /// <summary>The header lines up to the first blank line, then the body (score_statements.py `read_article`).</summary>
    internal static (string Title, string? Published, string Body) ReadArticle(string file)
    {
        file = file.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'); // Python's universal newlines
        var split = file.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? file : file[..split];
        var body = split < 0 ? "" : file[(split + 2)..];
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in head.Split('\n'))
        {
            var colon = line.IndexOf(':');
            var k = (colon < 0 ? line : line[..colon]).Trim().ToUpperInvariant();
            meta[k] = colon < 0 ? "" : line[(colon + 1)..].Trim();
        }
        var date = IsoDay.Match(meta.GetValueOrDefault("PUBLISHED", ""));
        return (meta.GetValueOrDefault("TITLE", ""), date.Success ? date.Value : null, body);
    }

    private static List<GoldStatement> ReadStatements(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<GoldStatement>();
        if (!doc.RootElement.TryGetProperty("statements", out var statements) || statements.ValueKind != JsonValueKind.Array) return list;
        foreach (var s in statements.EnumerateArray())
            list.Add(new GoldStatement(Str(s, "speaker") ?? "", Str(s, "text") ?? "", Str(s, "type"), Str(s, "date"), Str(s, "speaker_kind")));
        return list;
    }

    private static Dictionary<string, List<GoldSummit>> ReadSummits(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, List<GoldSummit>>(StringComparer.Ordinal);
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateObject())
            result[article.Name] = article.Value.EnumerateArray().Select(s => new GoldSummit(
                s.GetProperty("participants").EnumerateArray().Select(p => p.GetString() ?? "").ToList(),
                Str(s, "location") ?? "", Str(s, "start"), Str(s, "status") ?? "")).ToList();
        return result;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
