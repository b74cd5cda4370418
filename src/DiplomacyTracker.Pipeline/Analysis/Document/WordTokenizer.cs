namespace DiplomacyTracker.Analysis;

/// <summary>A word in the article: letters/digits only, lower-cased for lookup, with its offsets and casing.</summary>
internal readonly record struct Token(int Start, int End, string Norm, bool Capitalized, bool AllUpper, bool Hangul)
{
    public int Length => End - Start;
}

/// <summary>Splits text into word tokens in one linear pass; punctuation stays in the text between tokens.</summary>
internal static class WordTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            var upper = 0;
            var letters = 0;
            var hangul = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i];
                if (char.IsLetter(c)) letters++;
                if (char.IsUpper(c)) upper++;
                if (IsHangul(c)) hangul = true;
                i++;
            }
            var norm = text.Substring(start, i - start).ToLowerInvariant();
            tokens.Add(new Token(start, i, norm, char.IsUpper(text[start]), letters > 0 && upper == letters, hangul));
        }
        return tokens;
    }

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// <summary>True when the text between two offsets is only spaces (no punctuation, no line break).</summary>
    public static bool OnlySpaces(string text, int from, int to)
    {
        if (to <= from) return to == from;
        for (var i = from; i < to; i++)
            if (text[i] is not (' ' or '\u00A0')) return false;
        return true;
    }

    /// <summary>True when the gap is a hyphen or dash between names ("Trump-Kim", "Lee–Trump").</summary>
    public static bool IsDashGap(string text, int from, int to) =>
        to - from == 1 && text[from] is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';
}
