namespace DiplomacyTracker.Analysis;

/// <summary>
/// "이 대통령", "시 주석", "김 위원장": a Hangul surname with a title, resolved to the one catalog person with that
/// surname who holds that office on the article's day. Recorded as a title-and-surname mention; the Korean sieves use it
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
        ["위원장"] = ["Chairman of the State Affairs", "General Secretary of the Workers"],
        ["국무위원장"] = ["Chairman of the State Affairs"],
        ["장관"] = ["Minister of South Korea", "Secretary of State", "Secretary of Defense"],
        ["실장"] = ["National Security Adviser of South Korea", "Presidential Chief of Staff"],
        ["안보실장"] = ["National Security Adviser of South Korea"],
        ["부부장"] = ["Vice Department Director"],
        ["외무상"] = ["Foreign Minister of North Korea"],
        ["원장"] = ["National Intelligence Service"],
    };

    public static void Find(string text, List<Token> tokens, bool[] covered, ActorCatalog catalog, DateOnly day, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            if (covered[i] || !tokens[i].Hangul || w.Length > 2 || !WordTokenizer.OnlySpaces(text, tokens[i].End, tokens[i + 1].Start)) continue;
            if (KoreanNameWords.SplitTitle(tokens[i + 1].Norm) is not { } title || !Offices.TryGetValue(title.Title, out var roles)) continue;
            CatalogActor? holder = null;
            var count = 0;
            foreach (var a in catalog.Actors)
            {
                if (a.Kind != ActorKind.Person || !a.Aliases.Any(x => x.Length > w.Length && !x.Contains(' ') && x.StartsWith(w, StringComparison.Ordinal))) continue;
                if (a.RoleOn(day)?.Title is not { } role || !roles.Any(x => role.Contains(x, StringComparison.Ordinal))) continue;
                holder = a;
                count++;
            }
            if (count == 1) mentions.Add(new Mention(tokens[i].Start, tokens[i].End, tokens[i].Start, title.Title, MentionForm.TitleSurname, [holder!], false));
        }
    }
}
