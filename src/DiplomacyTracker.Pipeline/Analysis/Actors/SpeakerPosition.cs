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
        var stop = text.IndexOfAny([',', '.', ';', '\n', '\u201C', '"', '('], after + 1);
        if (stop < 0 || stop - after > 120) return null;
        var phrase = text[(after + 1)..stop].Trim();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 16) return null;
        var first = words[0].ToLowerInvariant();
        return first is "a" or "an" or "the" or "who" or "whose" or "former" || char.IsDigit(first[0]) || ReportingVerbs.Lookup(first) is null && char.IsUpper(words[0][0]) && words.Length <= 8
            ? phrase : null;
    }

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
