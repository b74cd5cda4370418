using System.Text;

namespace DiplomacyTracker.Intake;

/// <summary>
/// Text from outside (a form, a query string, a command-line word, a fetched or pasted page) made safe once, at the edge:
/// characters that are not text — lone surrogates, the noncharacters U+FFFE/U+FFFF (and the other 64), control
/// characters other than tab, line feed, carriage return and form feed — become U+FFFD, one for one, so offsets into the
/// text stay true and no later step (Unicode normalisation, XML, a database) meets a string it cannot handle.
/// </summary>
public static class InputText
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every character that is not text replaced by U+FFFD (the same instance when there was none).</summary>
    public static string Clean(string text)
    {
        var first = FirstBad(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A supplementary noncharacter (U+1FFFE …): two UTF-16 units in, two out, so offsets hold.
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) sb.Append(Replacement).Append(Replacement);
                else sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else sb.Append(IsBad(c) ? Replacement : c);
        }
        return sb.ToString();
    }

    /// <summary>Null stays null.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>True when <see cref="Clean"/> would change the text.</summary>
    public static bool NeedsCleaning(string text) => FirstBad(text) >= 0;

    private static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
            }
            else if (IsBad(c)) return i;
        }
        return -1;
    }

    /// <summary>A UTF-16 unit that is not text on its own (pairs are handled by the caller).</summary>
    private static bool IsBad(char c) =>
        char.IsSurrogate(c)
        || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
        || c == '\u007F'
        || IsNoncharacter(c);

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane.</summary>
    private static bool IsNoncharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;
}
