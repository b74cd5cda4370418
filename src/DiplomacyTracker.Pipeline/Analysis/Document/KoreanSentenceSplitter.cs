namespace DiplomacyTracker.Analysis;

/// <summary>
/// Sentences of Korean text. Korean copy scraped from portals often loses the space after a full stop
/// ("반박했다.외교부 관계자는"), and quotes hold whole sentences ("“…일이다. 그렇다고 …”라며"), so a stop ends a sentence
/// when it is outside every quotation (double or single) and followed by a space, a Hangul syllable, an opening quote or
/// bracket; never between digits ("2.5") or after a Latin initial ("조지 W. 부시"). A line break always ends one.
/// </summary>
internal static class KoreanSentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text, List<QuoteSpan> quotes, List<QuoteSpan> singleQuotes)
    {
        var result = new List<Sentence>();
        var start = 0;
        var paragraph = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, paragraph, result);
                start = i + 1;
                paragraph++;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            if (QuoteFinder.Containing(quotes, i) is not null || QuoteFinder.Containing(singleQuotes, i) is not null) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '.' or '!' or '?') j++;
            if (j < text.Length && !Ends(text, i, j)) continue;
            Add(text, start, j, paragraph, result);
            start = j;
            i = j - 1;
        }
        Add(text, start, text.Length, paragraph, result);
        return result;
    }

    private static bool Ends(string text, int stop, int next)
    {
        var before = stop > 0 ? text[stop - 1] : ' ';
        var after = text[next];
        if (text[stop] == '.' && char.IsDigit(before) && char.IsDigit(after)) return false; // "2.5"
        if (text[stop] == '.' && char.IsAsciiLetterUpper(before) && (stop < 2 || !char.IsLetter(text[stop - 2]))) return false; // "W. 부시", "U.S."
        if (char.IsWhiteSpace(after)) return true;
        if (!WordTokenizer.IsHangul(before) && before is not (')' or '\u201D' or '"' or '\u2019' or '\'')) return false;
        return WordTokenizer.IsHangul(after) || after is '"' or '\u201C' or '\u2018' or '\'' or '[' or '(' or '■' or '◇' or '▲' or '△' or '【' or '<' || char.IsLetterOrDigit(after);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new Sentence(start, end, paragraph));
    }
}
