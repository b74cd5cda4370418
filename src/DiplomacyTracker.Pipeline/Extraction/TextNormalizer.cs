using System.Text;

namespace DiplomacyTracker.Extraction;

/// <summary>Whitespace handling shared by the extraction steps: HTML collapses runs of spaces, so do we.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses every whitespace run (incl. no-break and zero-width spaces) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
                continue;
            if (pendingSpace)
                sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Length weighted for dense scripts: a Hangul or CJK character carries about as much as 2.5 Latin ones.</summary>
    public static int ReadingLength(string text)
    {
        var dense = 0;
        foreach (var c in text)
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF') dense++;
        return text.Length + dense * 3 / 2;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    /// <summary>True when a good share of the letters are Hangul.</summary>
    public static bool LooksKorean(string text)
    {
        int hangul = 0, letters = 0;
        var limit = Math.Min(text.Length, 20_000);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
                hangul++;
        }
        return letters > 0 && hangul * 4 >= letters;
    }
}
