namespace DiplomacyTracker.Analysis;

/// <summary>
/// A leader named by role instead of name: "the North Korean leader", "China's president", "the Japanese prime minister",
/// "the head of the Kremlin", "his Chinese counterpart". The phrase gives a country; the leader is whoever leads it on
/// the summit's day. A role followed by a name ("Chinese President Xi Jinping") is the name's business, not this one's.
/// </summary>
internal static class RolePhrases
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "leader", "president", "premier", "chairman", "counterpart", "counterparts",
    };

    /// <summary>The country and end (one past the last token) of a role phrase starting at token <paramref name="k"/>, or null.</summary>
    public static (string Code, int End)? At(SummitSentence s, int k)
    {
        var i = k;
        if (s.Norm(i) is "the" or "a" or "his" or "her" or "their" or "its") i++;
        if (s.Norm(i) == "head" && s.Norm(i + 1) == "of" && s.Norm(i + 2) == "the" && s.Norm(i + 3) == "kremlin") return ("RU", i + 4);
        if (s.Norm(i) == "kremlin" && s.Norm(i + 1) is "chief" or "leader") return ("RU", i + 2);
        // "the US leader": Countries knows "U.S." but not the all-capitals "US".
        (string Code, int Length)? found = s.Norm(i) == "us" && s.Tokens[i].AllUpper ? ("US", 1) : Countries.At(s.Text, s.Tokens, i);
        if (found is not { } country || i >= s.Last) return null;
        var head = i + country.Length;
        var end = s.Norm(head) == "prime" && s.Norm(head + 1) == "minister" ? head + 2
            : s.Norm(head) == "supreme" && s.Norm(head + 1) == "leader" ? head + 2
            : s.Norm(head) == "head" && s.Norm(head + 1) == "of" && s.Norm(head + 2) == "state" ? head + 3
            : Heads.Contains(s.Norm(head)) ? head + 1 : -1;
        if (end < 0 || end > s.Last) return null;
        // "Chinese President Xi Jinping", "his counterpart, Kim Jong Il": a name right after decides.
        if (s.MentionStartingAt(end) is not null) return null;
        if (s.Norm(head) == "chairman" && country.Code != "KP") return null;
        return (country.Code, end);
    }

    /// <summary>"his counterpart" with no country: the leader named right after ("his counterpart, Kim Jong Il"), as a mention.</summary>
    public static Mention? CounterpartNamed(SummitSentence s, int k)
    {
        if (s.Norm(k) is not ("his" or "her") || s.Norm(k + 1) != "counterpart") return null;
        return s.MentionStartingAt(k + 2);
    }
}
