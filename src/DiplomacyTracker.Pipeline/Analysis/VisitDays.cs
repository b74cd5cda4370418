using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Which day of a visit the leaders met: "ended a two-day visit on Saturday" starts on Friday; a visit reported from its
/// first day ("arrived on Thursday for a three-day state visit") yields to talks the article dates inside the visit
/// ("held a summit with Putin on Friday"), so the arrival day is not taken for the summit's day.
/// </summary>
internal static class VisitDays
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5,
    };

    private static readonly HashSet<string> EndWords = new(StringComparer.Ordinal) { "ended", "ends", "concluded", "concludes", "wrapped", "wraps", "wrapping", "ending" };

    /// <summary>"two-day visit", "three-day state visit": the length written before the trigger, else null.</summary>
    public static int? Length(IReadOnlyList<Token> tokens, int ti, int first)
    {
        var k = ti - 1;
        if (k >= first && tokens[k].Norm is "state" or "official" or "working") k--;
        return k - 1 >= first && tokens[k].Norm == "day" && Numbers.TryGetValue(tokens[k - 1].Norm, out var n) ? n : null;
    }

    /// <summary>"ended a two-day visit … on Saturday": the phrase's day is the last one; the first is N-1 days before.</summary>
    public static (FuzzyDate Start, FuzzyDate End)? FromLastDay(IReadOnlyList<Token> tokens, int ti, int first, int statusIndex, int dateIndex, FuzzyDate day, FuzzyDate? published)
    {
        if (statusIndex < 0 || !EndWords.Contains(tokens[statusIndex].Norm) || dateIndex < statusIndex || day.Precision != DatePrecision.Day) return null;
        if (Length(tokens, ti, first) is not { } n) return null;
        var zone = DatePhraseReader.ZoneOf(published);
        return (FuzzyDate.FromDay(day.LocalDay.AddDays(1 - n), zone), day);
    }

    /// <summary>Drops a visit report whose pair also has talks dated within the visit: the talks' day is the summit's day.</summary>
    public static void YieldToTalks(List<SummitCandidate> candidates)
    {
        foreach (var visit in candidates.Where(c => c.IsVisit && c.Start is { Precision: DatePrecision.Day }).ToList())
        {
            if (visit.Start is not { } vs) continue;
            var first = vs.LocalDay;
            var last = visit.End is { Precision: DatePrecision.Day } e && e.LocalDay > first ? e.LocalDay : first.AddDays(3);
            var talks = candidates.FirstOrDefault(t => !t.IsVisit && !t.Multilateral && t.Start is { Precision: DatePrecision.Day } ts
                && ts.LocalDay != first && ts.LocalDay >= first && ts.LocalDay <= last
                && t.Participants.Count == visit.Participants.Count && t.Participants.All(visit.Participants.Contains));
            if (talks is null) continue;
            if (talks.Location is null) talks.Location = visit.Location;
            candidates.Remove(visit);
        }
    }
}
