using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Evaluation;

/// <summary>
/// The counting rule of ../shared/tools/score_statements.py, character for character: speakers compared on their letters
/// (a–z and Hangul, any ';'-separated spelling, or one ending with the other past six letters), texts by 60% of the gold's
/// content words (Python's \w runs, lower-cased, longer than two, stop words out), summits by participants, place,
/// day and status. Kept separate from <see cref="StatementScorer"/>, which scores the older annotated sets by catalog key.
/// </summary>
public static class CorpusMatching
{
    private static readonly HashSet<string> Stop = new(
        "the a an and or of to in on for with that this was were is are be been it its his her their they he she we our as at by from not".Split(' '),
        StringComparer.Ordinal);

    /// <summary>`compact`: the lower-cased name with everything but a–z and Hangul syllables dropped.</summary>
    public static string Compact(string? name)
    {
        var sb = new StringBuilder();
        foreach (var c in (name ?? "").ToLowerInvariant())
            if (c is >= 'a' and <= 'z' or >= '\uAC00' and <= '\uD7A3') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>`same_speaker`.</summary>
    public static bool SameSpeaker(string? predicted, string gold)
    {
        var p = Compact(predicted);
        if (p.Length == 0) return false;
        foreach (var option in gold.Split(';'))
        {
            var c = Compact(option.Trim());
            if (p == c || (p.Length > 6 && (c.EndsWith(p, StringComparison.Ordinal) || p.EndsWith(c, StringComparison.Ordinal)))) return true;
        }
        return false;
    }

    /// <summary>`words`: runs of Python word characters, lower-cased, longer than two characters, not stop words.</summary>
    public static List<string> Words(string? text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var length = 0;
        void Flush()
        {
            if (current.Length > 0 && length > 2 && !Stop.Contains(current.ToString())) result.Add(current.ToString());
            current.Clear();
            length = 0;
        }
        foreach (var rune in (text ?? "").ToLowerInvariant().EnumerateRunes())
        {
            if (IsPythonWordChar(rune)) { current.Append(rune.ToString()); length++; }
            else Flush();
        }
        Flush();
        return result;
    }

    /// <summary>`covers`: at least 60% of the gold text's content words appear in the predicted text.</summary>
    public static bool Covers(string? predicted, string gold)
    {
        var g = Words(gold);
        if (g.Count == 0) return false;
        var p = Words(predicted).ToHashSet(StringComparer.Ordinal);
        return (double)g.Count(p.Contains) / g.Count >= 0.6;
    }

    /// <summary>`summit_matches`: every gold participant named, a gold place spelling inside the predicted place, the day, the status.</summary>
    public static bool SummitMatches(PredictedSummit predicted, GoldSummit gold)
    {
        if (!gold.Participants.All(g => predicted.Participants.Any(n => SameSpeaker(n, g)))) return false;
        var place = (predicted.Location ?? "").ToLowerInvariant();
        var alternatives = gold.Location.Split(';').Select(a => a.Trim()).Where(a => a.Length > 0);
        if (!alternatives.Any(a => place.Contains(a.ToLowerInvariant(), StringComparison.Ordinal))) return false;
        if (!string.IsNullOrEmpty(gold.Start) && !(predicted.Start ?? "").StartsWith(gold.Start, StringComparison.Ordinal)) return false;
        return string.Equals((predicted.Status ?? "").ToLowerInvariant(), gold.Status, StringComparison.Ordinal);
    }

    /// <summary>Python's \w for str patterns: letters, decimal/other digits and numerics, and '_' (combining marks are not).</summary>
    private static bool IsPythonWordChar(Rune r)
    {
        if (r.Value == '_') return true;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
