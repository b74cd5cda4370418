namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads who is named at one spot of a sentence: a coordinated list of leaders ("President Yoon Suk Yeol of the Republic
/// of Korea and Prime Minister Kishida Fumio of Japan"), a role ("the North Korean leader"), countries standing for their
/// leaders ("between the United States and North Korea", "the U.S.-North Korea summit", "inter-Korean"), or a group
/// that refers back ("the two leaders", "they").
/// </summary>
internal static class PartyLists
{
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "the", "his", "her", "their", "newly", "elected", "late", "then", "former", "incoming", "new", "counterpart", "counterparts",
        "both", "fellow", "visiting", "host",
    };

    /// <summary>What a group word refers back to: the leaders of an earlier summit or sentence, of the size given (null: any).</summary>
    public delegate IReadOnlyList<Party>? GroupResolver(int? size);

    /// <summary>The leaders listed from token <paramref name="k"/> up to <paramref name="end"/>, and where the list stopped.</summary>
    public static (List<Party> Parties, int End) ReadList(SummitSentence s, int k, int end, LeaderLookup leaders, GroupResolver group, bool countries)
    {
        var found = new List<Party>();
        var i = k;
        while (i < end)
        {
            var start = i;
            while (i < end && Skippable.Contains(s.Norm(i)) && s.MentionStartingAt(i) is null) i++;
            if (GroupAt(s, i, end) is { } g)
            {
                if (group(g.Size) is { } members) Add(found, members);
                i = g.End;
            }
            else if (s.MentionNear(i) is { } near && s.TokensOf(near.Mention).Last < end)
            {
                if (leaders.Of(near.Mention) is { } p) Add(found, [p]);
                i = s.TokensOf(near.Mention).Last + 1;
                i = SkipTail(s, i, end);
                // "Fumio Kishida, who steps down this month, and President Yoon Suk Yeol"
                if (i < end && s.RelativeClauseAt(i) is { } r && r.Open == i && r.Close + 1 < end) i = r.Close + 1;
            }
            else if (LeadersOf(s, i, end, leaders) is { } listed)
            {
                Add(found, listed.Parties);
                i = listed.End;
            }
            else if (RolePhrases.At(s, start) is { } role && role.End <= end)
            {
                if (leaders.Holder(role.Code, byRole: true) is { } p) Add(found, [p]);
                i = role.End;
            }
            else if (countries && CountryAt(s, i, end) is { } c)
            {
                if (leaders.Holder(c.Code) is { } p) Add(found, [p]);
                i = c.End;
            }
            else break;
            // "A, B and C", "A and B", "A & B"
            if (i < end && s.Norm(i) == "and") { i++; continue; }
            if (i < end && i > k && s.CommaAfter(i - 1) && (s.MentionStartingAt(i) is not null || s.Norm(i) is "and" or "the"))
            {
                if (s.Norm(i) == "and") i++;
                continue;
            }
            break;
        }
        return (found, i);
    }

    /// <summary>"the leaders of South Korea, China and Japan", "the leaders of the Quad grouping of Australia, Japan, India,
    /// and the United States": the named leaders of the countries listed (up to twelve words on).</summary>
    private static (List<Party> Parties, int End)? LeadersOf(SummitSentence s, int i, int end, LeaderLookup leaders)
    {
        if (s.Norm(i) is not ("leaders" or "heads") || s.Norm(i + 1) != "of") return null;
        var found = new List<Party>();
        var k = i + 2;
        var last = k;
        for (; k < end && k <= i + 14; k++)
        {
            if (CountryAt(s, k, end) is not { } c) continue;
            if (leaders.HostOf(c.Code) is { } p) Add(found, [p]);
            k = c.End - 1;
            last = c.End;
        }
        return found.Count > 0 ? (found, last) : null;
    }

    /// <summary>"of the Republic of Korea", "of Japan", "(ROK)", ", who …": what follows a name in a list, stepped over.</summary>
    private static int SkipTail(SummitSentence s, int i, int end)
    {
        if (s.Norm(i) == "of" && i + 1 < end)
        {
            var j = s.Norm(i + 1) == "the" ? i + 2 : i + 1;
            if (Gazetteer.At(s.Tokens, j, end) is { } place && place.Place.Level == PlaceLevel.Country)
            {
                j += place.Length;
                // "(ROK)"
                if (j < end && s.GapAfter(j - 1).Contains('(') && Gazetteer.At(s.Tokens, j, end) is { } acronym) j += acronym.Length;
                return j;
            }
        }
        return i;
    }

    /// <summary>A country (or its capital standing for its government) at token <paramref name="i"/>: "the United States",
    /// "North Korea", "the DPRK", "Washington", "inter-Korean" (both Koreas, as <c>KR+KP</c>).</summary>
    public static (string Code, int End)? CountryAt(SummitSentence s, int i, int end)
    {
        if (s.Norm(i) == "the") i++;
        if (i >= end) return null;
        if (Gazetteer.At(s.Tokens, i, end) is { } place && (place.Place.Level == PlaceLevel.Country || place.Place.Metonym) && place.Place.CountryCode is { } code)
            return (code, i + place.Length);
        if (Countries.At(s.Text, s.Tokens, i) is { } c) return (c.Code, i + c.Length);
        return null;
    }

    /// <summary>"the two leaders", "both leaders", "the pair", "the three leaders", "the leaders", "they", "them": a group
    /// referring back, with its size when written.</summary>
    public static (int? Size, int End)? GroupAt(SummitSentence s, int i, int end)
    {
        if (i >= end) return null;
        var n = s.Norm(i);
        if (n is "they" or "them" or "both") return (null, i + 1 + (n == "both" && s.Norm(i + 1) is "leaders" or "sides" or "men" ? 1 : 0));
        if (n == "the" || n == "their")
        {
            var size = s.Norm(i + 1) switch { "two" => 2, "three" => 3, _ => (int?)null };
            var head = size is null ? i + 1 : i + 2;
            if (s.Norm(head) is "leaders" or "presidents" or "men" or "heads" && s.Norm(head + 1) != "of") return (size, head + 1);
            if (n == "the" && s.Norm(i + 1) == "pair") return (2, i + 2);
        }
        if (n is "two" or "three" && s.Norm(i + 1) is "leaders" or "presidents") return (n == "two" ? 2 : 3, i + 2);
        return null;
    }

    /// <summary>"the Trump-Kim summit", "the U.S.-North Korea summit", "the Japan-S. Korea summit", "an inter-Korean summit",
    /// "the U.S.-Japan-South Korea meeting": the parties written in the words just before the meeting word.</summary>
    public static List<Party> BeforeNoun(SummitSentence s, int ti, LeaderLookup leaders)
    {
        var found = new List<Party>();
        var k = ti - 1;
        var dashed = false;
        while (k >= s.First && ti - k <= 8)
        {
            var n = s.Norm(k);
            if (n is "the" or "a" or "an" or "their" or "his" or "her" or "its" || s.CommaAfter(k)) break;
            if (s.PossessiveAfter(k)) break; // "Kim's" is the owner, read elsewhere
            var gap = s.GapAfter(k);
            if (gap.IndexOfAny("-\u2013") >= 0) dashed = true;
            if (n == "inter" && s.Norm(k + 1) == "korean") { found.AddRange(HostsOf(leaders, "KR", "KP")); k--; continue; }
            if (s.MentionEndingAt(k) is { } m)
            {
                if (leaders.Of(m) is { } p) found.Add(p);
                k = s.TokensOf(m).First - 1;
                continue;
            }
            // A country word: walk back to its first token ("north korea", "s korea", "u s").
            var country = false;
            for (var w = Math.Max(s.First, k - 3); w <= k; w++)
                if (CountryAt(s, w, k + 1) is { } c && c.End == k + 1 && !s.PossessiveAfter(k))
                {
                    if (leaders.Holder(c.Code) is { } p) found.Add(p);
                    k = w - 1;
                    country = true;
                    break;
                }
            if (country) continue;
            if (!s.Tokens[k].Capitalized && !char.IsDigit(n[0]) && !SummitWords.Modifiers.Contains(n)) break;
            k--;
        }
        var distinct = found.DistinctBy(p => p.Key).ToList();
        return distinct.Count >= 2 && (dashed || distinct.Count >= 2) ? distinct : [];
    }

    private static IEnumerable<Party> HostsOf(LeaderLookup leaders, params string[] codes)
    {
        foreach (var code in codes)
            if (leaders.Holder(code) is { } p) yield return p;
    }

    public static void Add(List<Party> into, IEnumerable<Party> parties)
    {
        foreach (var p in parties)
            if (!into.Any(x => x.Key == p.Key)) into.Add(p);
    }
}
