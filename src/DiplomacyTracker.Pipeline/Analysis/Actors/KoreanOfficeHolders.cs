namespace DiplomacyTracker.Analysis;

/// <summary>
/// "이 대통령", "시 주석", "김 위원장": a Hangul surname with a title, resolved to the one catalog person with that
/// surname who holds that office on the article's day; "다카이치 총리", "헤그세스 장관": a word of one catalog name. Recorded as a title-and-surname mention; the Korean sieves use it
/// only when the article named no one in full that the words could shorten (a lead fused into its deck, "찾나이재명").
/// </summary>
internal static class KoreanOfficeHolders
{
    /// <summary>Korean titles and words of the English role titles they translate.</summary>
    private static readonly Dictionary<string, string[]> Offices = new(StringComparer.Ordinal)
    {
        ["대통령"] = ["President of"],
        ["총리"] = ["Prime Minister", "Premier"],
        ["국무총리"] = ["Prime Minister"],
        ["주석"] = ["President of China"],
        ["국가주석"] = ["President of China"],
        ["총서기"] = ["General Secretary"],
        ["총비서"] = ["General Secretary"],
        ["국무위원장"] = ["Chairman of the State Affairs"],
        ["안보실장"] = ["National Security Adviser of South Korea"],
        ["외무상"] = ["Foreign Minister of North Korea"],
        // Not "위원장", "장관", "실장", "원장", "부부장": many people hold such titles ("김 위원장" may chair a party or a
        // committee), so only a person the article named in full may be shortened to them.
    };

    public static void Find(string text, List<Token> tokens, bool[] covered, ActorCatalog catalog, DateOnly day, List<Mention> mentions)
    {
        var names = Names.GetValue(catalog, Index);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            if (covered[i] || !tokens[i].Hangul || !WordTokenizer.OnlySpaces(text, tokens[i].End, tokens[i + 1].Start)) continue;
            if (w.Length > 2)
            {
                // "다카이치 총리는", "헤그세스 장관은": a word of one catalog name written in several words.
                if (names.Parts.TryGetValue(w, out var named) && named is not null && KoreanNameWords.SplitTitle(tokens[i + 1].Norm) is { } t)
                    mentions.Add(new Mention(tokens[i].Start, tokens[i].End, tokens[i].Start, t.Title, MentionForm.TitleSurname, [named], false));
                continue;
            }
            if (!names.BySurname.TryGetValue(w, out var people) || KoreanNameWords.SplitTitle(tokens[i + 1].Norm) is not { } title || !Offices.TryGetValue(title.Title, out var roles)) continue;
            var holders = people.Where(a => a.RoleOn(day)?.Title is { } role && roles.Any(x => role.Contains(x, StringComparison.Ordinal))).Take(2).ToList();
            if (holders.Count == 1) mentions.Add(new Mention(tokens[i].Start, tokens[i].End, tokens[i].Start, title.Title, MentionForm.TitleSurname, [holders[0]], false));
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ActorCatalog, CatalogNames> Names = [];

    /// <summary>The catalog's Hangul names by the word that shortens them: one or two opening syllables of a one-word name
    /// ("이" for 이재명), and the first or last word of a name of several words (null when two people share it).</summary>
    private sealed record CatalogNames(Dictionary<string, List<CatalogActor>> BySurname, Dictionary<string, CatalogActor?> Parts);

    private static CatalogNames Index(ActorCatalog catalog)
    {
        var bySurname = new Dictionary<string, List<CatalogActor>>(StringComparer.Ordinal);
        var parts = new Dictionary<string, CatalogActor?>(StringComparer.Ordinal);
        foreach (var a in catalog.Actors.Where(a => a.Kind == ActorKind.Person))
            foreach (var alias in a.Aliases)
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 1 && KoreanNameWords.AllHangul(alias))
                {
                    for (var n = 1; n <= 2 && n < alias.Length; n++)
                    {
                        if (!bySurname.TryGetValue(alias[..n], out var list)) bySurname[alias[..n]] = list = [];
                        if (!list.Contains(a)) list.Add(a);
                    }
                }
                else if (words.Length > 1)
                {
                    foreach (var w in new[] { words[0], words[^1] }.Where(KoreanNameWords.AllHangul))
                        parts[w] = parts.TryGetValue(w, out var other) && other?.Key != a.Key ? null : a;
                }
            }
        return new CatalogNames(bySurname, parts);
    }
}
