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

    private static readonly HashSet<string> EndWords = new(StringComparer.Ordinal) { "ended", "ends", "concluded", "concludes", "wrapped", "wraps", "wrapping", "ending", "returned" };

    /// <summary>"two-day visit", "three-day state visit", "the two-day Korea-Africa summit", "the two-day Asia-Pacific Economic
    /// Cooperation (APEC) leaders' meeting": the length written before the trigger (names and "leaders'" may stand between), else null.</summary>
    public static int? Length(IReadOnlyList<Token> tokens, int ti, int first)
    {
        var k = ti - 1;
        if (k >= first && tokens[k].Norm is "state" or "official" or "working") k--;
        for (var skipped = 0; k - 1 >= first && skipped <= 6 && tokens[k].Norm != "day"; skipped++, k--)
            if (!(tokens[k].Capitalized || tokens[k].AllUpper || tokens[k].Norm is "leaders" or "s")) return null;
        return k - 1 >= first && tokens[k].Norm == "day" && Numbers.TryGetValue(tokens[k - 1].Norm, out var n) ? n : null;
    }

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["opening"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4,
    };

    /// <summary>"on Saturday, the final day of the two-day APEC leaders' meeting": the day the appositive names is that day of
    /// the event, so the event runs from (day − ordinal + 1) for its length; null unless both the day and the length are written.</summary>
    public static (FuzzyDate Start, FuzzyDate End)? FromNamedDay(IReadOnlyList<Token> tokens, int ti, int first, IEnumerable<DatePhrase> dates, FuzzyDate? published)
    {
        if (Length(tokens, ti, first) is not { } n) return null;
        for (var k = ti - 2; k - 2 >= first && k >= ti - 14; k--)
        {
            if (tokens[k].Norm != "day" || tokens[k + 1].Norm != "of" || tokens[k - 2].Norm != "the") continue;
            var ordinal = tokens[k - 1].Norm is "final" or "last" or "closing" ? n : Ordinals.GetValueOrDefault(tokens[k - 1].Norm);
            if (ordinal < 1 || ordinal > n) return null;
            var the = tokens[k - 2].Start;
            var day = dates.LastOrDefault(d => d.End <= the && d.From.Precision == DatePrecision.Day && the - d.End <= 3);
            if (day is null) return null;
            var zone = DatePhraseReader.ZoneOf(published);
            var startDay = day.From.LocalDay.AddDays(1 - ordinal);
            return (FuzzyDate.FromDay(startDay, zone), FuzzyDate.FromDay(startDay.AddDays(n - 1), zone));
        }
        return null;
    }

    /// <summary>"ended a two-day visit … on Saturday": the phrase's day is the last one; the first is N-1 days before.</summary>
    public static (FuzzyDate Start, FuzzyDate End)? FromLastDay(IReadOnlyList<Token> tokens, int ti, int first, int statusIndex, int dateIndex, FuzzyDate day, FuzzyDate? published)
    {
        if (statusIndex < 0 || !EndWords.Contains(tokens[statusIndex].Norm) || dateIndex < statusIndex || day.Precision != DatePrecision.Day) return null;
        if (Length(tokens, ti, first) is not { } n) return null;
        var zone = DatePhraseReader.ZoneOf(published);
        return (FuzzyDate.FromDay(day.LocalDay.AddDays(1 - n), zone), day);
    }

    private static bool IsRange(SummitCandidate c) =>
        c.Start is { Precision: DatePrecision.Day } s && c.End is { Precision: DatePrecision.Day } e && e.LocalDay > s.LocalDay;

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

    /// <summary>One sentence's visit and talks of the same pair: "Xi, who arrived on Thursday for a state visit, will hold a
    /// summit with Lee on Saturday" — the talks' day and state win over the arrival's.</summary>
    public static void AbsorbInSentence(SummitCandidate same, SummitCandidate candidate)
    {
        // A visit dated by an explicit range ("from Sunday to Wednesday and held talks") keeps its first day.
        if (same.IsVisit && !candidate.IsVisit && candidate.Start is { Precision: DatePrecision.Day } && !IsRange(same))
        {
            same.Start = candidate.Start;
            same.End = candidate.End;
            if (candidate.Status is not null) (same.Status, same.StrongStatus) = (candidate.Status, candidate.StrongStatus);
            same.IsVisit = false;
        }
        else if (!same.IsVisit && candidate.IsVisit && same.Start is { Precision: DatePrecision.Day })
        {
            if (candidate.Location is not null && same.Location is null) same.Location = candidate.Location;
            return;
        }
        same.Absorb(candidate);
    }

    /// <summary>"Biden will visit South Korea from May 20 to 22 and hold a summit with Yoon": when one sentence has a leader's
    /// visit and talks of that visitor with someone else, the talks are the summit and take the visit's days, place and state.</summary>
    public static void FoldVisitIntoTalks(List<SummitCandidate> into, int sentenceStart)
    {
        var here = into.Where(c => c.EvidenceStart == sentenceStart && !c.Multilateral).ToList();
        foreach (var visit in here.Where(c => c.IsVisit && c.Participants.Count == 2))
        {
            var talks = here.Where(t => !t.IsVisit && t.Participants.Count == 2 && t.Participants.Contains(visit.Participants[0])
                && !t.Participants.All(visit.Participants.Contains)).ToList();
            if (talks.Count != 1) continue;
            var t = talks[0];
            if (t.Start is not { Precision: DatePrecision.Day }) (t.Start, t.End) = (visit.Start, visit.End);
            t.Location ??= visit.Location;
            if (!t.StrongStatus || t.Status is null) (t.Status, t.StrongStatus) = (visit.Status, visit.StrongStatus);
            into.Remove(visit);
        }
    }
}
