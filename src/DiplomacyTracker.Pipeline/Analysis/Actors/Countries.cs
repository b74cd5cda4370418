namespace DiplomacyTracker.Analysis;

/// <summary>
/// Countries as the wire copy names them — "South Korean", "Seoul's", "North Korea's", "Chinese", "U.S." — with the
/// catalog's country codes, and the country a dateline ("SEOUL, May 1 (Yonhap) --") places the article in.
/// </summary>
internal static class Countries
{
    private static readonly (string[] Words, string Code, bool NeedsPossessive)[] Forms =
    [
        (["south", "korean"], "KR", false), (["south", "korea"], "KR", true), (["seoul"], "KR", true),
        (["north", "korean"], "KP", false), (["north", "korea"], "KP", true), (["pyongyang"], "KP", true),
        (["chinese"], "CN", false), (["china"], "CN", true), (["beijing"], "CN", true),
        (["japanese"], "JP", false), (["japan"], "JP", true), (["tokyo"], "JP", true),
        (["russian"], "RU", false), (["russia"], "RU", true), (["moscow"], "RU", true),
        (["american"], "US", false), (["u", "s"], "US", false), (["washington"], "US", true),
    ];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["South Korea"] = "KR", ["North Korea"] = "KP", ["China"] = "CN", ["Japan"] = "JP", ["Russia"] = "RU", ["United States"] = "US",
    };

    /// <summary>A country form starting at token <paramref name="i"/>: its code and how many tokens it uses (a possessive "s" included).</summary>
    public static (string Code, int Length)? At(string text, IReadOnlyList<Token> tokens, int i)
    {
        foreach (var (words, code, possessive) in Forms)
        {
            if (i + words.Length > tokens.Count) continue;
            var match = true;
            for (var w = 0; w < words.Length && match; w++) match = tokens[i + w].Norm == words[w];
            if (!match) continue;
            var end = i + words.Length;
            var hasPossessive = end < tokens.Count && tokens[end].Norm == "s" && tokens[end].Start - tokens[end - 1].End == 1
                && text[tokens[end - 1].End] is '\'' or '\u2019';
            if (possessive && !hasPossessive) continue;
            return (code, words.Length + (hasPossessive ? 1 : 0));
        }
        return null;
    }

    /// <summary>The code of a place's country ("Pyongyang, North Korea" → KP, "Japan" → JP), or null.</summary>
    public static string? OfPlace(string? display)
    {
        if (display is null) return null;
        var comma = display.LastIndexOf(',');
        var country = comma < 0 ? display : display[(comma + 1)..].Trim();
        return ByName.GetValueOrDefault(country);
    }

    /// <summary>The country of the dateline place ("SEOUL, Sept. 6 (Yonhap) --" → KR), when it is a known city.</summary>
    public static string? OfDateline(string text, IReadOnlyList<Token> tokens) => OfPlace(DatelinePlace(text, tokens));

    /// <summary>The dateline place ("PANMUNJOM, June 30 (Yonhap) --", "HANOI (AP) --"), when it is in the gazetteer.</summary>
    public static string? DatelinePlace(string text, IReadOnlyList<Token> tokens)
    {
        var dash = text.IndexOf("--", 0, Math.Min(text.Length, 80), StringComparison.Ordinal);
        if (dash < 0) dash = text.IndexOf('\u2014', 0, Math.Min(text.Length, 80));
        if (dash < 0 || tokens.Count == 0 || !tokens[0].AllUpper) return null;
        var end = 0;
        while (end < tokens.Count && tokens[end].AllUpper && tokens[end].End < dash) end++;
        return PlaceNames.At(tokens, 0, Math.Max(1, end)) is { Broad: false } place ? place.Display : null;
    }
}
