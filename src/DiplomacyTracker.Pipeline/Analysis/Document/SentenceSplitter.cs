namespace DiplomacyTracker.Analysis;

/// <summary>A sentence (or heading, list item, table row) with offsets into the article text.</summary>
public readonly record struct Sentence(int Start, int End, int Paragraph)
{
    public string TextOf(string text) => text[Start..End];
}

/// <summary>
/// Splits article text into sentences with offsets. A line break always ends a sentence; ".", "!" and "?" end one
/// unless they close an abbreviation ("U.S.", "Mr.", "Feb.") or an initial; "countries.The" (no space) is split.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "pres",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "d.c", "r.o.k", "d.p.r.k",
    };

    public static IReadOnlyList<Sentence> Split(string text)
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
            if (c == ')' && DatelineDashAfter(text, i) is var dashEnd and > 0)
            {
                // "SEOUL, Dec. 30 (Yonhap) --": the slug, headline and byline before a dateline are not the story's first sentence.
                Add(text, start, dashEnd, paragraph, result);
                start = dashEnd;
                i = dashEnd - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\u201D' or '\u2019' or ')' or ']' or '.' or '!' or '?') j++;
            bool boundary;
            if (j >= text.Length) boundary = true;
            else if (text[j] is ' ' or '\t' or '\n' or '\r' or '\u00A0') boundary = c != '.' || !IsAbbreviation(text, i);
            else boundary = c == '.' && j == i + 1 && (char.IsUpper(text[j]) || (text[j] == '\u201C' && j + 1 < text.Length && char.IsUpper(text[j + 1])))
                && EndsLowercaseWord(text, i) && !IsAbbreviation(text, i); // "countries.The", "together.“Although"
            if (!boundary) continue;
            Add(text, start, j, paragraph, result);
            start = j;
            i = j - 1;
        }
        Add(text, start, text.Length, paragraph, result);
        return result;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new Sentence(start, end, paragraph));
    }

    /// <summary>After "(Yonhap)", "(AP)", "(Reuters)": the end of a following "--", "—" or " - ", or -1.</summary>
    private static int DatelineDashAfter(string text, int close)
    {
        var open = text.LastIndexOf('(', close);
        if (open < 0 || close - open > 20 || close - open < 3 || !char.IsUpper(text[open + 1])) return -1;
        var k = close + 1;
        while (k < text.Length && text[k] == ' ') k++;
        if (k + 1 < text.Length && text[k] == '-' && text[k + 1] == '-') return k + 2;
        if (k < text.Length && text[k] is '\u2014' or '\u2013') return k + 1;
        if (k + 1 < text.Length && text[k] == '-' && text[k + 1] == ' ') return k + 1;
        return -1;
    }

    /// <summary>"countries.The": the word before the period has at least two lower-case letters.</summary>
    private static bool EndsLowercaseWord(string text, int dot) =>
        dot >= 2 && char.IsLower(text[dot - 1]) && char.IsLower(text[dot - 2]);

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        // "U.S.", "D.P.R.K.": walk back over single-letter segments only, so "position.Mr." is the word "Mr", not "position.Mr".
        while (s >= 2 && text[s - 1] == '.' && char.IsLetter(text[s - 2]) && (s < 3 || !char.IsLetter(text[s - 3])) && dot - s <= 1 + 2 * 4) s -= 2;
        var word = text[s..dot];
        if (word.Length == 0 || (s > 0 && char.IsDigit(text[s - 1]))) return false; // "31st." ends a sentence
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Donald J. Trump"
        return Abbreviations.Contains(word);
    }
}
