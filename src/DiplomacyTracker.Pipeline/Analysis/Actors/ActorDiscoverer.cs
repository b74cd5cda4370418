namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds officials the catalog lacks from how news introduces them: a title before a full name
/// ("Unification Minister Chung Dong-young") or an appositive after it ("Wi Sung-lac, the national security adviser,",
/// "Kim Yo-jong, sister of Kim Jong-un,"). A single capitalised word is never taken for a full name.
/// </summary>
internal static class ActorDiscoverer
{
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "united", "states", "korea", "koreas", "nations", "republic", "ministry", "house", "council", "assembly", "committee",
        "agency", "forces", "command", "office", "department", "army", "navy", "union", "party", "government", "news",
        "japan", "china", "russia", "america", "island", "peninsula", "sea", "summit", "declaration", "statement",
    };

    /// <summary>Title nouns that name an office as surely as the catalog's office words ("State Department spokesman John Kirby").</summary>
    private static readonly string[] OfficeNouns =
    [
        "spokesman", "spokeswoman", "chairwoman", "chair", "chief", "commander", "lawmaker", "officer", "counselor", "head", "speaker",
    ];

    private static readonly HashSet<string> KinWords = new(StringComparer.Ordinal) { "sister", "brother", "wife", "husband", "daughter", "son", "spouse" };

    /// <param name="covered">Token indexes already inside a catalog mention.</param>
    public static List<DiscoveredActor> Discover(string text, IReadOnlyList<Token> tokens, bool[] covered, IReadOnlyList<Mention> catalogMentions)
    {
        var found = new List<DiscoveredActor>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !IsNameStart(tokens[i])) continue;
            if (i > 0 && !covered[i - 1] && tokens[i - 1].Capitalized && !NameWords.TitleWords.Contains(tokens[i - 1].Norm)
                && !NameWords.CommonWords.Contains(tokens[i - 1].Norm) && WordTokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start)) continue;
            var end = NameEnd(text, tokens, covered, i);
            var count = end - i;
            if (count < 2 || InHeadline(text, tokens[i].Start)) continue;
            if (Enumerable.Range(i, count).Any(k => NotPersonWords.Contains(tokens[k].Norm))) continue; // "the United States, presidential spokesperson …"
            var titleIndex = TitleReader.TitleStartIndex(tokens, i, text);
            var title = TitleReader.TitleText(tokens, titleIndex, i, text);
            var titleNorm = title is null ? "" : ActorCatalog.NormalizeName(title);
            var hasOffice = title is not null && (NameWords.OfficeWords.Any(w => TitleReader.ContainsWord(titleNorm, w)) || OfficeNouns.Any(w => TitleReader.ContainsWord(titleNorm, w))
                || title.Contains("Advisor", StringComparison.OrdinalIgnoreCase));
            var role = hasOffice ? StripNationality(title!) : null;
            var relation = (string?)null;
            if (role is null) (role, relation) = Appositive(text, tokens, end, catalogMentions);
            if (role is null)
            {
                // Anyone named where a speaker stands ("said Lee Jong-ku, who runs a firm", "Zhang Jun urged"), or named
                // the unmistakable Korean way, is someone; the appositive or title is their description.
                if (!NameShape.IsPersonName(text, tokens, i, end) || NameShape.IsByline(tokens, titleIndex)) continue;
                if (!SpeakerPosition.Holds(text, tokens, titleIndex, i, end) && !NameShape.IsKoreanName(text, tokens, i, end)) continue;
                role = SpeakerPosition.Appositive(text, tokens, end) ?? title;
            }
            var nameStart = tokens[i].Start;
            var nameEnd = tokens[end - 1].End;
            var name = string.Join(' ', text[nameStart..nameEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var key = "discovered:" + ActorCatalog.NormalizeName(name).Replace(' ', '-');
            var country = GuessCountry(title, role ?? "", relation, tokens[i].Norm);
            var actor = new CatalogActor(key, null, name, ActorKind.Person, country, Surname(tokens[i].Norm, tokens[end - 1].Norm, country), [], []);
            found.Add(new DiscoveredActor(actor, role, nameStart, nameEnd, tokens[titleIndex].Start, title));
            i = end - 1;
        }
        return found;
    }

    /// <summary>Title-case lines ("Trump Meets Kim Jong-un In Hanoi") make every word look like a name; no discovery there.
    /// A sentence full of names ("Victor Cha, a Korea expert at Yonsei University, said Pyongyang was testing Washington.")
    /// is no headline: it has lower-case words beyond the short ones title case leaves small.</summary>
    internal static bool InHeadline(string text, int offset)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var end = text.IndexOf('\n', offset);
        if (end < 0) end = text.Length;
        if (end - start > 200) return false;
        int words = 0, capitals = 0, lower = 0;
        foreach (var raw in text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Trim(',', '.', ';', ':', '"', '\u201C', '\u201D', '(', ')');
            if (part.Length <= 3 || !char.IsLetter(part[0])) continue;
            words++;
            if (char.IsUpper(part[0])) capitals++;
            else if (!TitleCaseSmallWords.Contains(part)) lower++;
        }
        // A line ending in a full stop is a sentence unless every longer word is capitalised.
        var sentence = text.AsSpan(start, end - start).TrimEnd().TrimEnd("\"\u201D\u2019").EndsWith(".");
        return words >= 4 && capitals * 10 >= words * 7 && lower < (sentence ? 1 : 2);
    }

    /// <summary>Words title case may leave in lower case.</summary>
    private static readonly HashSet<string> TitleCaseSmallWords = new(StringComparer.Ordinal) { "with", "from", "into", "over", "than", "amid", "after", "onto", "upon", "near" };

    private static bool IsNameStart(Token t) => t.Capitalized && !t.AllUpper && !NameWords.CommonWords.Contains(t.Norm) && !NameWords.TitleWords.Contains(t.Norm) && char.IsLetter(t.Norm[0]);

    /// <summary>Up to four name tokens joined by spaces (each capitalised) or hyphens ("Dong-young").</summary>
    private static int NameEnd(string text, IReadOnlyList<Token> tokens, bool[] covered, int i)
    {
        var end = i + 1;
        while (end < tokens.Count && end - i < 4 && !covered[end])
        {
            var prev = tokens[end - 1];
            var cur = tokens[end];
            if (WordTokenizer.IsDashGap(text, prev.End, cur.Start) && char.IsLetter(cur.Norm[0]) && cur.Length <= 6 && !NameWords.CommonWords.Contains(cur.Norm)) { end++; continue; }
            if (WordTokenizer.OnlySpaces(text, prev.End, cur.Start) && cur.Start - prev.End == 1 && cur.Capitalized && !cur.AllUpper
                && !NameWords.CommonWords.Contains(cur.Norm) && !NameWords.TitleWords.Contains(cur.Norm)) { end++; continue; }
            break;
        }
        return end;
    }

    /// <summary>", the national security adviser," / ", sister of Kim Jong-un," / ", Lee's wife," → (role, related actor's country).</summary>
    internal static (string? Role, string? RelationCountry) Appositive(string text, IReadOnlyList<Token> tokens, int end, IReadOnlyList<Mention> mentions)
    {
        if (end >= tokens.Count) return (null, null);
        var after = tokens[end - 1].End;
        if (after >= text.Length || text[after] != ',') return (null, null);
        var stop = SpeakerPosition.StopAfter(text, after + 1, [',', '.', ';', '\n', '(', ')']);
        if (stop < 0 || stop - after > 80) return (null, null);
        var phrase = text[(after + 1)..stop].Trim();
        var norm = ActorCatalog.NormalizeName(phrase);
        var words = norm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 10) return (null, null);
        if (words.Any(w => ReportingVerbs.Lookup(w) is not null)) return (null, null); // a clause, not an appositive
        var kin = words.FirstOrDefault(KinWords.Contains);
        var office = NameWords.OfficeWords.FirstOrDefault(w => words.Contains(w) || (w == "adviser" && words.Contains("advisor")));
        if (kin is null && office is null) return (null, null);
        if (office is not null && kin is null && words[0] is not ("the" or "a" or "an" or "who" or "north" or "south" or "former") && !NameWords.TitleWords.Contains(words[0])) return (null, null);
        var related = mentions.FirstOrDefault(m => m.Start > after && m.End <= stop && m.Actor is not null)?.Actor;
        var role = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        return (role, kin is not null ? related?.Country : null);
    }

    private static string StripNationality(string title)
    {
        foreach (var prefix in new[] { "North Korean ", "South Korean ", "U.S. ", "US ", "American ", "Chinese ", "Japanese ", "Russian ", "former ", "Former " })
            if (title.StartsWith(prefix, StringComparison.Ordinal)) return title[prefix.Length..];
        return title;
    }

    private static string? GuessCountry(string? title, string role, string? relation, string firstToken)
    {
        if (relation is not null) return relation;
        var norm = ActorCatalog.NormalizeName((title ?? "") + " " + role);
        foreach (var (word, country) in NameWords.Nationalities)
            if (TitleReader.ContainsWord(norm, word)) return country;
        if (TitleReader.ContainsWord(norm, "unification")) return "KR";
        if (norm.Contains("secretary of state", StringComparison.Ordinal) || TitleReader.ContainsWord(norm, "senator")) return "US";
        if (norm.Contains("state affairs commission", StringComparison.Ordinal) || norm.Contains("workers party", StringComparison.Ordinal)) return "KP";
        if (norm.Contains("north korea", StringComparison.Ordinal) || TitleReader.ContainsWord(norm, "dprk")) return "KP";
        if (norm.Contains("south korea", StringComparison.Ordinal)) return "KR";
        return NameWords.KoreanSurnames.Contains(firstToken) ? "KR" : null;
    }

    private static string Surname(string first, string last, string? country) =>
        country is "KR" or "KP" or "CN" || NameWords.KoreanSurnames.Contains(first) || NameWords.ChineseSurnames.Contains(first) ? first : last;
}
