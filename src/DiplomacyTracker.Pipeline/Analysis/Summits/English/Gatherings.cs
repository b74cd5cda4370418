namespace DiplomacyTracker.Analysis;

/// <summary>
/// Multilateral summits named before a meeting word: "the APEC summit", "a Group of 20 summit", "the Asia-Pacific Economic
/// Cooperation (APEC) leaders' meeting", "the NATO Summit", "a global nuclear security summit", "the Nuclear Security
/// Summit". They are events of their own, and the frame ("on the sidelines of …") of the meetings held at them.
/// </summary>
internal static class Gatherings
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["apec"] = "APEC", ["g20"] = "G20", ["g7"] = "G7", ["g8"] = "G8", ["asean"] = "ASEAN", ["nato"] = "NATO", ["brics"] = "BRICS",
        ["sco"] = "SCO", ["quad"] = "Quad", ["eas"] = "East Asia Summit", ["cica"] = "CICA", ["unga"] = "UN General Assembly",
    };

    /// <summary>Written-out names, as lower-case words.</summary>
    private static readonly (string[] Words, string Name)[] LongNames =
    [
        (["asia", "pacific", "economic", "cooperation"], "APEC"), (["group", "of", "20"], "G20"), (["group", "of", "twenty"], "G20"),
        (["group", "of", "7"], "G7"), (["group", "of", "seven"], "G7"), (["nuclear", "security"], "Nuclear Security Summit"),
        (["east", "asia"], "East Asia Summit"), (["shanghai", "cooperation", "organization"], "SCO"),
        (["shanghai", "cooperation", "organisation"], "SCO"), (["general", "assembly"], "UN General Assembly"),
        (["g", "20"], "G20"), (["g", "7"], "G7"),
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "leaders", "s", "economic", "special", "global", "annual", "upcoming", "forthcoming", "two", "day", "three", "this", "year",
        "next", "last", "summit", "week", "economies", "leaders", "meeting", "the", "a", "an", "of",
    };

    /// <summary>The multilateral summit a meeting word at <paramref name="i"/> names, or null: an acronym or written-out name up to
    /// five words before it ("the APEC summit", "the Asia-Pacific Economic Cooperation (APEC) leaders' meeting"), or a capitalised
    /// "Summit" after capitalised words ("the NATO Summit", "the U.S.-ASEAN Special Summit").</summary>
    public static string? Before(SummitSentence s, int i)
    {
        if (s.Norm(i) is not ("summit" or "meeting" or "forum" or "conference")) return null;
        for (var k = i - 1; k >= s.First && k >= i - 6; k--)
        {
            if (Acronyms.TryGetValue(s.Norm(k), out var name)) return name;
            foreach (var (words, full) in LongNames)
            {
                var start = k - words.Length + 1;
                if (start < s.First) continue;
                var match = true;
                for (var w = 0; w < words.Length && match; w++) match = s.Norm(start + w) == words[w];
                if (match) return full;
            }
            if (!Fillers.Contains(s.Norm(k)) && !s.Tokens[k].AllUpper && !s.Tokens[k].Capitalized) break;
            if (s.Tokens[k].Capitalized && s.MentionStartingAt(k) is not null) break;
        }
        // "a summit of the Quad", "the summit of the Group of 20"
        if (s.Norm(i + 1) == "of" && s.Norm(i + 2) == "the" && Acronyms.TryGetValue(s.Norm(i + 3), out var after)) return after;
        return null;
    }

    /// <summary>Groups of countries a summit may be written out with ("a summit between South Korea and the Association of
    /// Southeast Asian Nations", "between South Korea and African nations", "the Korea-Africa summit").</summary>
    private static readonly (string[] Words, string Name)[] Groups =
    [
        (["association", "of", "southeast", "asian", "nations"], "ASEAN"), (["african"], "Africa"), (["africa"], "Africa"),
        (["arab"], "Arab"), (["pacific", "island"], "Pacific Islands"), (["central", "asia"], "Central Asia"),
        (["central", "asian"], "Central Asia"), (["mekong"], "Mekong"),
    ];

    /// <summary>A summit written out as one with a group of countries: the group after "between … and" (up to ten words on)
    /// or dashed before the meeting word ("the Korea-Africa summit"), or null.</summary>
    public static string? WrittenOut(SummitSentence s, int i)
    {
        if (s.Norm(i) is not ("summit" or "meeting")) return null;
        if (i - 2 >= s.First && s.GapAfter(i - 2).IndexOfAny("-\u2013") >= 0 && GroupAt(s, i - 1) is { } dashed) return dashed;
        if (s.Norm(i + 1) != "between") return null;
        for (var k = i + 2; k < s.Last && k <= i + 10; k++)
        {
            if (s.Norm(k) != "and") continue;
            var g = s.Norm(k + 1) == "the" ? k + 2 : k + 1;
            if (GroupAt(s, g) is { } name && (name != "Africa" || s.Norm(g + 1) is "nations" or "countries" or "leaders" or "states")) return name;
        }
        return null;
    }

    private static string? GroupAt(SummitSentence s, int k)
    {
        foreach (var (words, name) in Groups)
        {
            var match = k + words.Length <= s.Last;
            for (var w = 0; w < words.Length && match; w++) match = s.Norm(k + w) == words[w];
            if (match) return name;
        }
        return null;
    }

    private static readonly HashSet<string> SettingWords = new(StringComparer.Ordinal)
    {
        "at", "during", "attend", "attends", "attended", "attending", "for", "with", "on", "around", "before", "after", "ahead",
        "host", "hosts", "hosted", "hosting", "sidelines", "margins", "sideline", "margin",
    };

    /// <summary>"at the APEC summit", "attend the G7 summit", "with APEC summit as one option", "for the NATO summit": the
    /// clause sets its meeting at the gathering ending at <paramref name="k"/>; "expectations that the upcoming APEC summit may
    /// …" only mentions it.</summary>
    public static bool SetsMeetingAt(SummitSentence s, int k, int clauseStart)
    {
        for (var j = k - 1; j >= clauseStart && j >= k - 9; j--)
        {
            if (SettingWords.Contains(s.Norm(j))) return true;
            if (s.Norm(j) is "that" or "which" or "who" or "and" or "but" or "expectations" || s.CommaAfter(j)) return false;
        }
        return false;
    }

    /// <summary>"on the sidelines of", "on the margins of", "at the", "during the", "ahead of the": a gathering framing a meeting,
    /// ending right before the gathering's first word <paramref name="k"/>.</summary>
    public static bool FramesMeeting(SummitSentence s, int k)
    {
        for (var j = k - 1; j >= s.First && j >= k - 8; j--)
            if (s.Norm(j) is "sidelines" or "margins" or "sideline" or "margin") return true;
        return false;
    }
}
