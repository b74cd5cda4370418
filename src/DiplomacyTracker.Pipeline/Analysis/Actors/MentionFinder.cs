namespace DiplomacyTracker.Analysis;

/// <summary>The named actors of an article: catalog and discovered mentions, and the roles appositives give them.</summary>
internal sealed record ActorMentions(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<DiscoveredActor> Discovered,
    IReadOnlyDictionary<string, string> AppositiveRoles);

/// <summary>
/// Finds where actors are named: catalog spellings in any case (and Hangul with particles attached), discovered
/// officials, then titles with surnames and bare surnames, resolved only to actors the article or the date makes
/// certain. Two people sharing a surname are never merged: an undecidable "Kim" keeps both candidates.
/// </summary>
internal static class MentionFinder
{
    public static ActorMentions Find(string text, List<Token> tokens, ActorCatalog catalog, DateOnly? day)
    {
        var aliases = catalog.AliasIndex;
        var mixedCase = IsMixedCase(tokens);
        var covered = new bool[tokens.Count];
        var mentions = new List<Mention>();
        FindFullNames(text, tokens, aliases, mixedCase, covered, mentions, day);
        InstitutionReader.Find(text, tokens, catalog, day, covered, mentions, last => NotSubject(text, tokens, last));
        var discovered = ActorDiscoverer.Discover(text, tokens, covered, mentions);
        discovered.AddRange(InstitutionDiscoverer.Discover(text, tokens, covered));
        if (discovered.Count > 0)
        {
            var discoveredIndex = new AliasIndex(discovered.Select(d => d.Actor).DistinctBy(a => a.Key));
            FindFullNames(text, tokens, discoveredIndex, mixedCase, covered, mentions, day);
        }
        var named = mentions.Where(m => m.Actor is not null).Select(m => m.Actor!).DistinctBy(a => a.Key).ToList();
        var appositives = ReadAppositives(text, tokens, mentions);
        FindSurnames(text, tokens, aliases, named, discovered, mixedCase, covered, mentions, day);
        InstitutionReader.FindOffices(text, tokens, catalog, day, covered, mentions, last => NotSubject(text, tokens, last));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        DocumentSources.Find(text, tokens, mentions, covered, last => NotSubject(text, tokens, last));
        return new ActorMentions(mentions, discovered, appositives);
    }

    /// <summary>"Kim Yo-jong, sister of Kim Jong-un," → the role the article gives a catalog actor.</summary>
    private static Dictionary<string, string> ReadAppositives(string text, List<Token> tokens, List<Mention> mentions)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Actor is not { } actor || m.Form != MentionForm.FullName || roles.ContainsKey(actor.Key)) continue;
            var last = TokenIndex.EndingAt(tokens, m.End);
            if (last < 0) continue;
            var (role, _) = ActorDiscoverer.Appositive(text, tokens, last + 1, mentions);
            if (role is not null) roles[actor.Key] = role;
        }
        return roles;
    }

    private static void FindFullNames(string text, List<Token> tokens, AliasIndex aliases, bool mixedCase, bool[] covered, List<Mention> mentions, DateOnly? day)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i]) continue;
            var token = tokens[i];
            if (token.Hangul)
            {
                if (aliases.HangulAt(text, token.Start) is { } h)
                {
                    covered[i] = true;
                    mentions.Add(new Mention(token.Start, token.Start + h.Alias.Length, token.Start, null, MentionForm.Hangul, PreferHeldOn(h.Actors, day), false));
                }
                continue;
            }
            var entry = aliases.LongestAt(tokens, i, text);
            if (entry is null) continue;
            if (entry.Tokens.Length == 1 && mixedCase && !token.Capitalized) continue;
            var last = i + entry.Tokens.Length - 1;
            var titleIndex = TitleReader.TitleStartIndex(tokens, i, text);
            for (var k = i; k <= last; k++) covered[k] = true;
            mentions.Add(new Mention(token.Start, tokens[last].End, tokens[titleIndex].Start, TitleReader.TitleText(tokens, titleIndex, i, text),
                MentionForm.FullName, PreferHeldOn(entry.Actors, day), NotSubject(text, tokens, last) && !SpokespersonOf(entry.Actors, tokens, last)));
            i = last;
        }
    }

    private static void FindSurnames(string text, List<Token> tokens, AliasIndex aliases, List<CatalogActor> named,
        List<DiscoveredActor> discovered, bool mixedCase, bool[] covered, List<Mention> mentions, DateOnly? day)
    {
        var namedBySurname = named.GroupBy(a => AliasIndex.SurnameOf(a) ?? "").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (covered[i] || token.Hangul || (mixedCase && token.AllUpper && token.Norm.Length > 4)) continue;
            if (NameWords.CommonWords.Contains(token.Norm) || NameWords.TitleWords.Contains(token.Norm)) continue;
            // "Thomas-Greenfield said": a surname of two hyphenated words is one key ("thomas greenfield").
            var last = i;
            var key = token.Norm;
            if (i + 1 < tokens.Count && !covered[i + 1] && WordTokenizer.IsDashGap(text, token.End, tokens[i + 1].Start)
                && token.Norm + " " + tokens[i + 1].Norm is var pair && (namedBySurname.ContainsKey(pair) || aliases.WithSurname(pair).Count > 0))
                (last, key) = (i + 1, pair);
            namedBySurname.TryGetValue(key, out var fromArticle);
            // Lower-case surnames only where the writing makes them names: "president trump", "Trump-kim summit".
            if (mixedCase && !token.Capitalized && (fromArticle is null || !(AfterTitle(text, tokens, i) || AfterDashedName(text, tokens, covered, i)))) continue;
            var fromCatalog = fromArticle is null ? aliases.WithSurname(key) : [];
            if (fromArticle is null && fromCatalog.Count == 0) continue;
            if (mixedCase && last == i && PartOfLongerName(text, tokens, covered, i)) continue;
            var titleIndex = TitleReader.TitleStartIndex(tokens, i, text);
            var title = TitleReader.TitleText(tokens, titleIndex, i, text);
            var candidates = fromArticle is not null ? ResolveNamed(fromArticle, title, day, discovered) : ResolveFromCatalog(fromCatalog, title, day);
            if (candidates.Count == 0) continue;
            covered[i] = covered[last] = true;
            if (fromArticle is null && candidates.Count == 1) namedBySurname[key] = [candidates[0]]; // "President Lee" (2010) names Lee Myung-bak for a later "Lee"
            mentions.Add(new Mention(token.Start, tokens[last].End, tokens[titleIndex].Start, title,
                title is null ? MentionForm.Surname : MentionForm.TitleSurname, candidates, NotSubject(text, tokens, last)));
            i = last;
        }
    }

    private static List<CatalogActor> ResolveNamed(List<CatalogActor> named, string? title, DateOnly? day, List<DiscoveredActor> discovered)
    {
        if (named.Count == 1 && title is null) return named;
        string? RoleOf(CatalogActor a) => discovered.FirstOrDefault(d => d.Actor.Key == a.Key)?.Role;
        var strict = named.Where(a => TitleReader.Compatible(title, a, day, strictDate: true, RoleOf(a))).ToList();
        if (strict.Count > 0) return strict;
        return named.Where(a => TitleReader.Compatible(title, a, day, strictDate: false, RoleOf(a))).ToList();
    }

    private static List<CatalogActor> ResolveFromCatalog(IReadOnlyList<CatalogActor> all, string? title, DateOnly? day)
    {
        if (title is null || !NameWords.OfficeWords.Any(w => TitleReader.ContainsWord(ActorCatalog.NormalizeName(title), w)))
            return all.Count == 1 ? [all[0]] : [];
        var fitting = all.Where(a => a.Roles.Count > 0 && TitleReader.Compatible(title, a, day, strictDate: true)).ToList();
        return fitting.Count == 1 ? fitting : [];
    }

    private static bool AfterTitle(string text, List<Token> tokens, int i) =>
        i > 0 && NameWords.TitleWords.Contains(tokens[i - 1].Norm) && tokens[i - 1].Norm is not ("u" or "s") && WordTokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start);

    private static bool AfterDashedName(string text, List<Token> tokens, bool[] covered, int i) =>
        i > 0 && covered[i - 1] && tokens[i - 1].Capitalized && WordTokenizer.IsDashGap(text, tokens[i - 1].End, tokens[i].Start);

    /// <summary>"Melania Trump", "Kim Hea Kyung": a capitalised neighbour joined by a space makes it another person's name.</summary>
    private static bool PartOfLongerName(string text, List<Token> tokens, bool[] covered, int i)
    {
        bool NameLike(Token t) => t.Capitalized && !NameWords.CommonWords.Contains(t.Norm) && !NameWords.TitleWords.Contains(t.Norm) && char.IsLetter(t.Norm[0]);
        if (i > 0 && !covered[i - 1] && NameLike(tokens[i - 1]) && WordTokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start)) return true;
        return i + 1 < tokens.Count && NameLike(tokens[i + 1]) && WordTokenizer.OnlySpaces(text, tokens[i].End, tokens[i + 1].Start);
    }

    private static bool SpokespersonOf(IReadOnlyList<CatalogActor> actors, List<Token> tokens, int last) =>
        actors.Count == 1 && actors[0].Kind == ActorKind.Institution && last + 1 < tokens.Count && tokens[last + 1].Norm is "spokesperson" or "spokesman" or "spokeswoman";

    private static bool NotSubject(string text, List<Token> tokens, int last)
    {
        var end = tokens[last].End;
        if (end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S') return true;
        return last + 1 < tokens.Count && NameWords.ModifierNouns.Contains(tokens[last + 1].Norm) && WordTokenizer.OnlySpaces(text, end, tokens[last + 1].Start);
    }

    private static IReadOnlyList<CatalogActor> PreferHeldOn(IReadOnlyList<CatalogActor> actors, DateOnly? day)
    {
        if (actors.Count <= 1 || day is null) return actors;
        var held = actors.Where(a => a.RoleOn(day.Value) is not null).ToList();
        return held.Count == 1 ? held : actors;
    }

    private static bool IsMixedCase(List<Token> tokens)
    {
        int upper = 0, lower = 0;
        foreach (var t in tokens)
        {
            if (t.Hangul || !char.IsLetter(t.Norm[0])) continue;
            if (t.AllUpper) upper++; else lower++;
        }
        return lower > upper;
    }
}
