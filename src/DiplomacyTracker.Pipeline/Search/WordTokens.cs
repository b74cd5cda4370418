using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Search;

/// <summary>One token of a text: where it sits and its folded form (lower case, diacritics removed).</summary>
internal readonly record struct WordToken(int Start, int End, string Folded);

/// <summary>
/// Splits text into words the way FTS5's unicode61 tokenizer (remove_diacritics 2) does for the texts we store:
/// runs of letters, digits and combining marks, lower-cased, with diacritics removed. Used to mark matches in
/// snippets without asking FTS5 to evaluate the query again.
/// </summary>
internal static class WordTokens
{
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text, i)) { i++; continue; }
            var start = i;
            var ascii = true;
            while (i < text.Length && IsTokenChar(text, i))
            {
                ascii &= text[i] < 128;
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            tokens.Add(new WordToken(start, i, ascii ? LowerAscii(text, start, i) : Fold(text[start..i])));
        }
        return tokens;
    }

    private static bool IsTokenChar(string text, int i)
    {
        var c = text[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        return CharUnicodeInfo.GetUnicodeCategory(text, i) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse => true,
            _ => false,
        };
    }

    /// <summary>One allocation for an ASCII token (a substring, then ToLowerInvariant, made two).</summary>
    private static string LowerAscii(string text, int start, int end) =>
        string.Create(end - start, (text, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = char.ToLowerInvariant(state.text[state.start + k]);
        });

    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
