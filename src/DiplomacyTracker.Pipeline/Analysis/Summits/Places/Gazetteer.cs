namespace DiplomacyTracker.Analysis;

/// <summary>How big a place is: a summit's place is the finest one written (a venue beats its city, a city its country).</summary>
internal enum PlaceLevel
{
    Country,
    Region,
    City,
    Venue,
}

/// <summary>A place the gazetteer knows: how to write it, its country (ISO 3166 code), how fine it is, and whether its name
/// also stands for a government ("Seoul said", "talks between Washington and Pyongyang").</summary>
internal sealed record Place(string Display, string? CountryCode, PlaceLevel Level, bool Metonym);

/// <summary>
/// The summit gazetteer: world capitals and cities of 100,000 people or more (SimpleMaps World Cities, CC BY 4.0) and our
/// list of the venues, regions, towns and country names of Korea diplomacy (Reference/Places, README there). Looked up
/// word by word on the document's tokens, longest name first.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<Table> Loaded = new(Load);

    /// <summary>The longest place whose words start at token <paramref name="i"/> (before <paramref name="end"/>), or null.
    /// The first word must be capitalised ("US", "Seoul"), so "us" and "reading" are never places.</summary>
    public static (Place Place, int Length)? At(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i >= end || !(tokens[i].Capitalized || tokens[i].AllUpper) || !Loaded.Value.ByFirstWord.TryGetValue(tokens[i].Norm, out var candidates)) return null;
        foreach (var (words, place) in candidates)
        {
            if (i + words.Length > end) continue;
            var match = true;
            for (var w = 1; w < words.Length && match; w++) match = tokens[i + w].Norm == words[w];
            if (match) return (place, words.Length);
        }
        return null;
    }

    /// <summary>A place by its written name ("Gyeongju", "the DPRK" without the article), or null.</summary>
    public static Place? Find(string name)
    {
        var words = Words(name);
        if (words.Length == 0 || !Loaded.Value.ByFirstWord.TryGetValue(words[0], out var candidates)) return null;
        foreach (var (w, place) in candidates)
            if (w.AsSpan().SequenceEqual(words)) return place;
        return null;
    }

    /// <summary>The national capital of <paramref name="code"/> ("KR" → Seoul), or null.</summary>
    public static Place? CapitalOf(string code) => Loaded.Value.Capitals.GetValueOrDefault(code);

    /// <summary>The country's name as the gazetteer writes it ("KP" → "North Korea"), or null.</summary>
    public static string? CountryName(string code) => Loaded.Value.Countries.GetValueOrDefault(code);

    /// <summary>A name in lower-case words, as the tokenizer cuts text ("St. Petersburg" → st, petersburg).</summary>
    public static string[] Words(string name) =>
        WordTokenizer.Tokenize(name).Select(t => t.Norm).ToArray();

    private sealed record Table(Dictionary<string, (string[] Words, Place Place)[]> ByFirstWord, Dictionary<string, string> Countries, Dictionary<string, Place> Capitals);

    private static Table Load()
    {
        var names = new Dictionary<string, Place>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var line in ReadLines("world-cities.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 5) continue;
            countries.TryAdd(f[2], f[1]);
            var city = new Place($"{f[0]}, {f[1]}", f[2], PlaceLevel.City, f[3] == "primary");
            names.TryAdd(string.Join(' ', Words(f[0])), city);
            if (f[3] == "primary") capitals.TryAdd(f[2], city);
        }
        // Every country the city table names is a place too ("visit to Mongolia", "President of Finland").
        foreach (var (code, country) in countries)
            names.TryAdd(string.Join(' ', Words(country)), new Place(country, code, PlaceLevel.Country, false));
        // Our list wins over the city table: it spells Korean places the way the news does and knows venues.
        foreach (var line in ReadLines("diplomacy-places.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 5) continue;
            var level = Enum.Parse<PlaceLevel>(f[3], ignoreCase: true);
            var place = new Place(f[1], f[2], level, f[4] == "yes");
            if (level == PlaceLevel.Country && !f[1].Contains('(')) countries[f[2]] = f[1];
            foreach (var spelling in f[0].Split('|'))
                names[string.Join(' ', Words(spelling))] = place;
        }
        var byFirst = names.Where(n => n.Key.Length > 0)
            .GroupBy(n => n.Key.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => (n.Key.Split(' '), n.Value)).OrderByDescending(n => n.Item1.Length).ToArray(), StringComparer.Ordinal);
        return new Table(byFirst, countries, capitals);
    }

    private static IEnumerable<string> ReadLines(string file)
    {
        var assembly = typeof(Gazetteer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Places." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
