namespace DiplomacyTracker.Analysis;

/// <summary>
/// Whether a name stands where a speaker stands: the subject of a reporting verb ("Zhang Jun urged", "Lee Wolosky,
/// Terry's attorney, said", "presidential spokesperson Kang Yu-jung said"), the name after a quote and its verb ("…,” said
/// Lee Jong-ku, who runs a firm"), or after "according to". Used to discover speakers the catalog lacks.
/// </summary>
internal static class SpeakerPosition
{
    private const int MaxAppositiveTokens = 30;

    /// <summary>True when the name at tokens [start, end) (its title starting at <paramref name="titleIndex"/>) is a speaker.</summary>
    public static bool Holds(string text, IReadOnlyList<Token> tokens, int titleIndex, int start, int end) =>
        (OpensClause(text, tokens, titleIndex) && VerbFollows(text, tokens, end))
        || AfterQuoteAndVerb(text, tokens, titleIndex) || AfterAccordingTo(tokens, titleIndex);

    /// <summary>The text of an appositive right after the name (", a senior analyst at the Korea Defense Forum,"), or null.</summary>
    public static string? Appositive(string text, IReadOnlyList<Token> tokens, int end)
    {
        if (end >= tokens.Count || end == 0) return null;
        var after = tokens[end - 1].End;
        if (after >= text.Length || text[after] != ',') return null;
        var stop = StopAfter(text, after + 1, [',', '.', ';', '\n', '\u201C', '"', '(']);
        if (stop < 0 || stop - after > 120) return null;
        var phrase = text[(after + 1)..stop].Trim();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 16) return null;
        var first = words[0].ToLowerInvariant();
        var describes = words.Any(w => NameWords.DescriptionNouns.Contains(w.ToLowerInvariant().TrimEnd('s', '\'', '\u2019')) || NameWords.DescriptionNouns.Contains(w.ToLowerInvariant()));
        // "According to Yang Moo-jin, the North wants attention.": a clause running to the sentence's end is no description.
        if (text[stop] != ',' && first is not ("who" or "whose") && !describes) return null;
        return first is "a" or "an" or "the" or "who" or "whose" or "former" || char.IsDigit(first[0]) || ReportingVerbs.Lookup(first) is null && char.IsUpper(words[0][0]) && words.Length <= 8
            || (describes && NameWords.DescriptionNouns.Contains(first))
            ? phrase : null;
    }

    /// <summary>The first of <paramref name="stops"/> from <paramref name="from"/>, passing the dots of "U.S." and "Gen."; -1 when none.</summary>
    internal static int StopAfter(string text, int from, char[] stops)
    {
        for (var i = text.IndexOfAny(stops, from); i >= 0; i = text.IndexOfAny(stops, i + 1))
            if (text[i] != '.' || !Initial(text, i)) return i;
        return -1;
    }

    /// <summary>"U.S. Forces", "U.N. Command": a dot after a single capital letter, inside the line.</summary>
    private static bool Initial(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2])) && dot + 1 < text.Length && text[dot + 1] != '\n';

    private static bool OpensClause(string text, IReadOnlyList<Token> tokens, int titleIndex)
    {
        if (titleIndex == 0) return true;
        var gap = text.AsSpan(tokens[titleIndex - 1].End, tokens[titleIndex].Start - tokens[titleIndex - 1].End);
        if (gap.IndexOfAny(".!?\n:;,\u201C\u201D\"\u2014(") >= 0) return true;
        // "The two countries ..., said Park": handled by AfterQuoteAndVerb; "and Zhang said" / "but Kirby said".
        return tokens[titleIndex - 1].Norm is "and" or "but" && WordTokenizer.OnlySpaces(text, tokens[titleIndex - 1].End, tokens[titleIndex].Start);
    }

    /// <summary>A reporting verb after the name, past one appositive (", Terry's attorney,"), a parenthesis or adverbs.</summary>
    private static bool VerbFollows(string text, IReadOnlyList<Token> tokens, int end)
    {
        var k = end;
        if (k >= tokens.Count) return false;
        var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim();
        if (gap.SequenceEqual(",") || gap.SequenceEqual("("))
        {
            var close = gap[0] == '(' ? ')' : ',';
            var j = k;
            for (; j < tokens.Count && j - k < MaxAppositiveTokens; j++)
            {
                var next = j + 1 < tokens.Count ? text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End) : default;
                if (next.IndexOfAny(".!?\n;\u201C\u201D\"") >= 0 && !(next.Trim().SequenceEqual(".") && tokens[j].Length <= 2)) return false;
                if (next.IndexOf(close) >= 0) break;
            }
            if (j >= tokens.Count || j - k >= MaxAppositiveTokens) return false;
            k = j + 1;
        }
        else if (gap.Length != 0) return false;
        while (k < tokens.Count && ReportingVerbs.IsFiller(tokens[k].Norm)) k++;
        if (k >= tokens.Count) return false;
        if (tokens[k].Norm is "was" && k + 2 < tokens.Count && tokens[k + 1].Norm == "quoted") return true;
        // "The Indo-Pacific Command issued a statement after …": a body speaking through its statement.
        if (tokens[k].Norm is "issued" or "released" && k + 2 < tokens.Count && tokens[k + 1].Norm == "a" && tokens[k + 2].Norm == "statement") return true;
        return ReportingVerbs.At(tokens[k]) is not null;
    }

    /// <summary>"“…,” said Lee Jong-ku" / "…, said Park Soo-hyun, senior secretary".</summary>
    private static bool AfterQuoteAndVerb(string text, IReadOnlyList<Token> tokens, int titleIndex)
    {
        if (titleIndex < 2) return false;
        var verb = tokens[titleIndex - 1];
        if (verb.Norm is not ("said" or "says" or "added" or "wrote" or "told" or "asked" or "stressed" or "noted" or "explained")) return false;
        var before = text.AsSpan(tokens[titleIndex - 2].End, verb.Start - tokens[titleIndex - 2].End);
        return before.IndexOfAny(",\u201D\"") >= 0 && WordTokenizer.OnlySpaces(text, verb.End, tokens[titleIndex].Start);
    }

    private static bool AfterAccordingTo(IReadOnlyList<Token> tokens, int titleIndex)
    {
        var k = titleIndex - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        return k >= 1 && tokens[k].Norm == "to" && tokens[k - 1].Norm == "according";
    }
}
