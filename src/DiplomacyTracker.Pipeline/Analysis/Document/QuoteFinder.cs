namespace DiplomacyTracker.Analysis;

/// <summary>A quotation: offsets of its opening and closing marks (the words lie strictly between them).</summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    public int ContentStart => Open + 1;
    public int ContentEnd => Close;
}

/// <summary>
/// Pairs quotation marks over the whole text: curly and straight quotes (either may close the other), and quotes that
/// run over several paragraphs where each new paragraph reopens the quote. An unclosed quote is dropped, never guessed.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxQuoteLength = 4000;

    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open >= 0 && i - open > MaxQuoteLength) { i = open; open = -1; continue; }
            switch (c)
            {
                case '\n' or '\r' when open >= 0:
                    var next = i;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    if (next < text.Length && text[next] is '\u201C' or '"' && next > i) i = next; // the quote continues in a new paragraph
                    else open = -1;
                    break;
                case '\u201C':
                    if (open < 0) open = i;
                    break;
                case '\u201D':
                    if (open >= 0) { spans.Add(new QuoteSpan(open, i)); open = -1; }
                    break;
                case '"' when Apostrophe(text, i):
                    break; // "Kim Jung Un"s second visit": a scrape's apostrophe, not a quotation mark
                case '"':
                    if (open >= 0) { spans.Add(new QuoteSpan(open, i)); open = -1; }
                    else if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) open = i;
                    break;
            }
        }
        return spans;
    }

    /// <summary>A straight quote between a Latin letter and an English contraction ending ("Un"s", "don"t", "we"ll").</summary>
    private static bool Apostrophe(string text, int i)
    {
        if (i == 0 || !char.IsAsciiLetter(text[i - 1])) return false;
        var k = i + 1;
        while (k < text.Length && k - i <= 3 && char.IsAsciiLetter(text[k])) k++;
        if (k < text.Length && char.IsLetterOrDigit(text[k])) return false;
        return text.AsSpan(i + 1, k - i - 1) is "s" or "t" or "d" or "m" or "ll" or "re" or "ve";
    }

    /// <summary>The quote containing <paramref name="offset"/> strictly inside its marks, or null. Spans are sorted.</summary>
    public static QuoteSpan? Containing(List<QuoteSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = spans[mid];
            if (offset <= s.Open) hi = mid - 1;
            else if (offset >= s.Close) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /// <summary>The quote whose opening mark is at <paramref name="open"/>, or null.</summary>
    public static QuoteSpan? OpeningAt(List<QuoteSpan> spans, int open) => Find(spans, s => s.Open.CompareTo(open));

    /// <summary>The quote whose closing mark is at <paramref name="close"/>, or null.</summary>
    public static QuoteSpan? ClosingAt(List<QuoteSpan> spans, int close) => Find(spans, s => s.Close.CompareTo(close));

    private static QuoteSpan? Find(List<QuoteSpan> spans, Func<QuoteSpan, int> compare)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var cmp = compare(spans[mid]);
            if (cmp == 0) return spans[mid];
            if (cmp > 0) hi = mid - 1; else lo = mid + 1;
        }
        return null;
    }

    /// <summary>True when any quotation mark lies between the offsets.</summary>
    public static bool HasQuoteMark(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '"' or '\u201C' or '\u201D') return true;
        return false;
    }
}
