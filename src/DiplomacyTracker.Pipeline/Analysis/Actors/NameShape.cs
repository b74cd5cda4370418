namespace DiplomacyTracker.Analysis;

/// <summary>
/// Whether capitalised words look like a person's name: two to four name words (Korean "Lee Jong-ku", Chinese "Zhang
/// Jun", Japanese and Western "Fumio Kishida", "Linda Thomas-Greenfield"), none a place, a month, a nationality or an
/// institution word. Shape alone names nobody; <see cref="ActorDiscoverer"/> also asks for a title, an appositive or a
/// speaker's position, except for the unmistakable Korean shape (a Korean surname and a hyphenated given name).
/// </summary>
internal static class NameShape
{
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "korean", "chinese", "japanese", "russian", "american", "british", "french", "german", "european", "asian", "pacific",
        "north", "south", "east", "west", "western", "eastern", "northern", "southern", "central", "democratic", "people", "peoples",
        "kingdom", "city", "province", "county", "district", "island", "islands", "river", "mountain", "bridge", "street", "road",
        "airport", "station", "square", "palace", "hall", "hotel", "museum", "center", "centre", "institute", "university",
        "college", "school", "foundation", "forum", "journal", "post", "times", "herald", "daily", "shimbun", "tass", "xinhua",
        "yonhap", "reuters", "cnn", "bbc", "fox", "nbc", "cbs", "abc", "bloomberg", "telegram", "twitter", "facebook",
        "council", "commission", "committee", "organization", "organisation", "association", "group", "company", "corp",
        "bank", "fund", "treaty", "agreement", "act", "law", "resolution", "declaration", "initiative", "program", "programme",
        "olympics", "olympic", "games", "war", "army", "navy", "force", "forces", "air", "guard", "police", "court", "parliament",
        "congress", "senate", "assembly", "cabinet", "white", "blue", "red", "green", "day", "new", "year", "christmas",
        "covid", "god", "lord", "jesus", "allah", "internet", "world", "global", "international", "national", "federal",
    };

    /// <summary>True when tokens [start, end) can be a person's name.</summary>
    public static bool IsPersonName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var count = end - start;
        if (count is < 2 or > 4) return false;
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (!char.IsLetter(t.Norm[0]) || t.Hangul || NotNameWords.Contains(t.Norm) || NameWords.CommonWords.Contains(t.Norm)
                || NameWords.TitleWords.Contains(t.Norm) || PlaceNames.At(tokens, k, k + 1) is not null) return false;
            if (t.AllUpper && t.Length > 1) return false; // "KCNA", "UN"
            if (k > start && !t.Capitalized && !WordTokenizer.IsDashGap(text, tokens[k - 1].End, t.Start)) return false;
        }
        return PlaceNames.At(tokens, start, end) is null;
    }

    /// <summary>"By Kim Soo-yeon", "Reporting by Hyonhee Shin": the reporter, not someone in the story.</summary>
    public static bool IsByline(IReadOnlyList<Token> tokens, int titleIndex)
    {
        if (titleIndex == 0 || tokens[titleIndex - 1].Norm != "by") return false;
        return tokens[titleIndex - 1].Capitalized
            || (titleIndex >= 2 && tokens[titleIndex - 2].Norm is "reporting" or "editing" or "writing" or "written" or "additional" or "compiled");
    }

    /// <summary>"Lee Jong-ku", "Kwon Ji-hwan", "Kim Yo-jong": a Korean surname and a hyphenated given name.</summary>
    public static bool IsKoreanName(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        end - start == 3 && NameWords.KoreanSurnames.Contains(tokens[start].Norm)
        && WordTokenizer.OnlySpaces(text, tokens[start].End, tokens[start + 1].Start)
        && WordTokenizer.IsDashGap(text, tokens[start + 1].End, tokens[start + 2].Start)
        && tokens[start + 1].Length <= 5 && tokens[start + 2].Length <= 5;
}
