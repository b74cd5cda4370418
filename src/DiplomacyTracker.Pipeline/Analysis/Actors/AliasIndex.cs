namespace DiplomacyTracker.Analysis;

/// <summary>One spelling of one or more actors as a token sequence ("lee", "jae", "myung").</summary>
internal sealed record AliasEntry(string[] Tokens, IReadOnlyList<CatalogActor> Actors);

/// <summary>
/// Every catalog spelling indexed by its first token (and Hangul spellings by first character) so an article is
/// matched in one pass over its tokens. Built once per catalog and cached on it.
/// </summary>
internal sealed class AliasIndex
{
    private readonly Dictionary<string, List<AliasEntry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Alias, IReadOnlyList<CatalogActor> Actors)>> _hangul = [];
    private readonly Dictionary<string, List<CatalogActor>> _bySurname = new(StringComparer.Ordinal);

    public AliasIndex(IEnumerable<CatalogActor> actors)
    {
        var byName = new Dictionary<string, List<CatalogActor>>(StringComparer.Ordinal);
        var hangul = new Dictionary<string, List<CatalogActor>>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            var surname = actor.Kind == ActorKind.Person ? SurnameOf(actor) : null;
            foreach (var name in actor.AllNames)
            {
                var norm = ActorCatalog.NormalizeName(name);
                if (norm.Length == 0 || norm == surname) continue; // a bare surname alias ("Kim") is left to surname resolution
                if (norm.Any(WordTokenizer.IsHangul))
                {
                    var compact = name.Trim();
                    if (compact.Length < 2) continue;
                    AddTo(hangul, compact, actor);
                    continue;
                }
                var words = WordTokenizer.Tokenize(name);
                AddTo(byName, string.Join(' ', words.Select(t => t.Norm)), actor);
                // "UN Security Council" is also written "U.N. Security Council" (the store keeps one spelling per normal form).
                if (words.Any(Dottable))
                    AddTo(byName, string.Join(' ', words.Select(t => Dottable(t) ? string.Join(' ', t.Norm.ToCharArray()) : t.Norm)), actor);
            }
            if (surname is not null) AddTo(_bySurname, surname, actor);
        }
        foreach (var (norm, list) in byName)
        {
            var tokens = WordTokenizer.Tokenize(norm).Select(t => t.Norm).ToArray();
            if (tokens.Length == 0) continue;
            if (!_byFirstToken.TryGetValue(tokens[0], out var entries)) _byFirstToken[tokens[0]] = entries = [];
            entries.Add(new AliasEntry(tokens, list));
        }
        foreach (var entries in _byFirstToken.Values) entries.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        foreach (var (alias, list) in hangul)
        {
            if (!_hangul.TryGetValue(alias[0], out var entries)) _hangul[alias[0]] = entries = [];
            entries.Add((alias, list));
        }
        foreach (var entries in _hangul.Values) entries.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
    }

    public bool HasHangul => _hangul.Count > 0;

    /// <summary>An acronym of two or three capitals ("UN", "US"), which text may write with dots ("U.N.").</summary>
    private static bool Dottable(Token t) => t.AllUpper && t.Norm.Length is 2 or 3 && t.Norm.All(char.IsAsciiLetterLower);

    /// <summary>The longest spelling starting at token <paramref name="index"/>, or null.</summary>
    public AliasEntry? LongestAt(IReadOnlyList<Token> tokens, int index, string text)
    {
        if (!_byFirstToken.TryGetValue(tokens[index].Norm, out var entries)) return null;
        foreach (var entry in entries)
        {
            if (index + entry.Tokens.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < entry.Tokens.Length && ok; k++)
            {
                var prev = tokens[index + k - 1];
                var cur = tokens[index + k];
                ok = cur.Norm == entry.Tokens[k] && cur.Start - prev.End <= 3 && !BreaksName(text, prev.End, cur.Start);
            }
            if (ok) return entry;
        }
        return null;
    }

    /// <summary>Hangul spellings starting at <paramref name="offset"/>; particles may follow ("이재명은").</summary>
    public (string Alias, IReadOnlyList<CatalogActor> Actors)? HangulAt(string text, int offset)
    {
        if (!_hangul.TryGetValue(text[offset], out var entries)) return null;
        foreach (var entry in entries)
            if (string.CompareOrdinal(text, offset, entry.Alias, 0, entry.Alias.Length) == 0) return entry;
        return null;
    }

    public IReadOnlyList<CatalogActor> WithSurname(string norm) => _bySurname.TryGetValue(norm, out var list) ? list : [];

    /// <summary>The surname as a lower-case token: the catalog's, else the first token of an East Asian name, else the last.</summary>
    public static string? SurnameOf(CatalogActor actor)
    {
        if (!string.IsNullOrWhiteSpace(actor.Surname)) return ActorCatalog.NormalizeName(actor.Surname);
        var tokens = ActorCatalog.NormalizeName(actor.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return null;
        return actor.Country is "KR" or "KP" or "CN" || NameWords.KoreanSurnames.Contains(tokens[0]) ? tokens[0] : tokens[^1];
    }

    private static bool BreaksName(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is ',' or ';' or ':' or '\n' or '\r' or '(' or ')' or '"' or '\u201C' or '\u201D') return true;
        return false;
    }

    private static void AddTo(Dictionary<string, List<CatalogActor>> map, string key, CatalogActor actor)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(actor)) list.Add(actor);
    }
}
