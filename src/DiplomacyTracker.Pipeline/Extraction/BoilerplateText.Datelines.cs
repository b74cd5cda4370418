namespace DiplomacyTracker.Extraction;

/// <summary>Date stamps: a date with at most a label or a name beside it ("Aktualisiert: 11.04.2020, 10:27",
/// "asked Feb 6, 2014 at 20:37", "24. März 2004, 19:49 | Genesis", "By Kim Min-ji, October 18, 2025") tells when,
/// not what; the publication date is read elsewhere.</summary>
internal static partial class BoilerplateText
{
    private const int MaxDatelineLength = 80;

    /// <summary>Below this much other text, a page is too short to spare anything: a stamp may be half of what it says.</summary>
    private const int MinTextBesideDatelines = 300;

    /// <summary>Removes the date stamps from <paramref name="kept"/> when enough text remains without them.</summary>
    private static void DropDatelines(List<TextBlock> kept)
    {
        var rest = 0;
        foreach (var block in kept) if (!IsDateline(block)) rest += block.Text.Length;
        if (rest >= MinTextBesideDatelines) kept.RemoveAll(IsDateline);
    }

    /// <summary>True for a short block that is one date plus at most one word of four letters or more (month names,
    /// "at", "um", "Uhr" do not count); a date that introduces text ("March 3, 2020: the WHO declares …") is kept.</summary>
    private static bool IsDateline(TextBlock block)
    {
        var text = block.Text;
        if (text.Length > MaxDatelineLength || block.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || !HasYearDigits(text)) return false;
        var dates = DateTextParser.FindAll(text, TimeZoneInfo.Utc, limit: 2);
        if (dates.Count != 1) return false;
        var end = dates[0].Index + dates[0].Length;
        var after = text.AsSpan(end).TrimStart();
        if (after.Length > 0 && after[0] == ':' && after.Length > 1) return false;
        return CountWords(text.AsSpan(0, dates[0].Index)) + CountWords(after) <= 1;
    }

    private static bool HasYearDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /// <summary>Words of four letters or more that are not month names.</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.SplitAny(" \t,;|/()[]–—-·•"))
        {
            var word = text[range].Trim(".:!?\"'”“");
            var letters = 0;
            foreach (var c in word) if (char.IsLetter(c)) letters++;
            if (letters >= 4 && MonthNames.Number(word.ToString()) == 0) count++;
        }
        return count;
    }
}
