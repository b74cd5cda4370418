namespace DiplomacyTracker.Analysis;

/// <summary>
/// Single quotation marks in Korean text (‘…’ and '…'), which Korean news uses for partial quotes, posts and terms
/// (‘화질은 확실하쥬?’라면서, '안보 강화' 목적이라고). Paired within one line and a few hundred characters; an
/// apostrophe inside a Latin word ("O'Brien", "Lee's") never opens one.
/// </summary>
internal static class KoreanQuotes
{
    private const int MaxLength = 300;

    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' || (open >= 0 && i - open > MaxLength)) { open = -1; continue; }
            if (c == '\u2018')
            {
                open = i;
            }
            else if (c == '\u2019' && open >= 0)
            {
                if (i > open + 1) spans.Add(new QuoteSpan(open, i));
                open = -1;
            }
            else if (c == '\'')
            {
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                var before = i > 0 ? text[i - 1] : ' ';
                if (open >= 0 && text[open] == '\'' && !char.IsWhiteSpace(before)) { if (i > open + 1) spans.Add(new QuoteSpan(open, i)); open = -1; }
                else if (!char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after)) open = i;
            }
        }
        return spans;
    }
}
