using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A meeting's first and last day (or coarser: a month, a year, a week) and whether a chronology line gave it.</summary>
internal readonly record struct SummitDay(FuzzyDate From, FuzzyDate To, bool FromLine, int At = -1);

/// <summary>
/// The day of a meeting, from its own clause ("on Thursday", "from June 20 to 21", "an upcoming June 12 summit", "today"),
/// or from the date leading a chronology line ("March 25-28 -- Kim and Xi hold their first summit", its year from the
/// line above that is only a year). Never the day a report was made ("said Tuesday") nor an earlier event's ("since
/// December 2011", "his election in March"). A date written without a year (and a weekday) is read back for a meeting
/// held and ahead for one planned, but never more than half a year ahead when the same date half a year back fits: "Nov.
/// 1" in a late-December article is the November just past.
/// </summary>
internal static class SummitDays
{
    private static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "announced", "confirmed", "reported", "stated", "added", "noted", "tweeted", "wrote", "issued",
        "released", "revealed", "disclosed", "briefing", "statement", "reports", "announcement",
    };

    private static readonly HashSet<string> OtherEvents = new(StringComparer.Ordinal)
    {
        "election", "elected", "office", "born", "died", "war", "test", "tests", "launch", "launches", "invasion", "anniversary",
        "founded", "inauguration", "inaugurated", "ceasefire", "armistice", "attack", "exercises", "drills",
    };

    private static readonly TimeSpan HalfYear = TimeSpan.FromDays(183);

    /// <param name="line">The clause is a chronology line's own: the line's opening date is its day.</param>
    public static SummitDay? Of(SummitSentence s, int ti, int start, int end, StatusCue cue, FuzzyDate? published, bool line)
    {
        if (line && LineDate(s, published) is { } lineDay) return lineDay;
        var doc = s.Doc;
        var from = s.Tokens[start].Start;
        var to = s.Tokens[end - 1].End;
        // A cancellation, refusal or proposal is dated by its own act ("on Thursday canceled an upcoming June 12 summit"):
        // only a date on the meeting itself counts.
        var ownOnly = cue.Rank >= 4 || cue.Status == SummitStatus.Proposed && cue.Index >= 0 && cue.Index < ti && ActWords.Contains(s.Norm(cue.Index));
        DateExpression? best = null;
        var bestAt = -1;
        var bestDistance = int.MaxValue;
        for (var i = FirstDateAtOrAfter(doc.Dates, from); i < doc.Dates.Count; i++)
        {
            var e = doc.Dates[i];
            if (e.End > to) break;
            var d = TokenIndex.FirstAtOrAfter(s.Tokens, e.Start);
            if (!Dates(s, d, start) || s.InOtherRelativeClause(d, ti) || InDateline(s, e)) continue;
            if (ownOnly && !OnMeeting(s, d, TokenIndex.FirstAtOrAfter(s.Tokens, e.End) - 1, ti)) continue;
            var distance = Math.Abs(d - ti);
            if (distance < bestDistance || (distance == bestDistance && best is not null && e.Precision > best.Precision)) { best = e; bestAt = d; bestDistance = distance; }
        }
        if (best is null) return null;
        var day = Read(best, cue.Status, published) with { At = bestAt };
        return Through(s, best, day, cue.Status, published);
    }

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5,
    };

    /// <summary>"two-day visit", "three-day state visit", "the two-day Korea-Africa summit", "the two-day Asia-Pacific Economic
    /// Cooperation (APEC) leaders' meeting": the length written before the meeting word, else null.</summary>
    public static int? Length(SummitSentence s, int ti)
    {
        var k = ti - 1;
        if (s.Norm(k) is "state" or "official" or "working") k--;
        for (var skipped = 0; k - 1 >= s.First && skipped <= 7 && s.Norm(k) != "day"; skipped++, k--)
            if (!(s.Tokens[k].Capitalized || s.Tokens[k].AllUpper || s.Norm(k) is "leaders" or "s" or "summit")) return null;
        return k - 1 >= s.First && s.Norm(k) == "day" && Numbers.TryGetValue(s.Norm(k - 1), out var n) ? n : null;
    }

    /// <summary>A meeting of <paramref name="length"/> days reported from one end: "ended a two-day visit on Saturday" began
    /// the day before; "arrived on Thursday for a three-day state visit" runs to Saturday.</summary>
    public static SummitDay? Span(SummitDay day, int? length, string? cueWord)
    {
        if (length is not { } n || n < 2 || day.From.Precision != DatePrecision.Day || day.To.LocalDay != day.From.LocalDay) return null;
        var zone = Zone(day.From);
        if (cueWord is "ended" or "ends" or "concluded" or "concludes" or "wrapped" or "returned" or "closed")
            return day with { From = FuzzyDate.FromDay(day.From.LocalDay.AddDays(1 - n), zone), To = day.From };
        if (cueWord is "arrived" or "arrives" or "began" or "begins" or "opened" or "opens" or "started" or "starts")
            return day with { To = FuzzyDate.FromDay(day.From.LocalDay.AddDays(n - 1), zone) };
        return null;
    }

    /// <summary>"on Saturday, the final day of the two-day APEC leaders' meeting": the day a gathering's named day is dates it
    /// (its first day is that day less the ordinal's); null unless the day, the ordinal and the length are all written. A named
    /// day past the length ("the third day of the two-day …") dates nothing: <see cref="SummitDay.At"/> is -2 then.</summary>
    public static SummitDay? FromNamedDay(SummitSentence s, int ti, SummitStatus? status, FuzzyDate? published)
    {
        if (Length(s, ti) is not { } n) return null;
        for (var k = ti - 2; k - 2 >= s.First && k >= ti - 16; k--)
        {
            if (s.Norm(k) != "day" || s.Norm(k + 1) != "of" || s.Norm(k - 2) != "the") continue;
            var ordinal = s.Norm(k - 1) switch
            {
                "final" or "last" or "closing" => n,
                "first" or "opening" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                _ => 0,
            };
            if (ordinal < 1 || ordinal > n) return new SummitDay(default, default, false, -2); // written, but past the length: no day
            var the = s.Tokens[k - 2].Start;
            var doc = s.Doc;
            var i = FirstDateAtOrAfter(doc.Dates, s.Sentence.Start);
            DateExpression? before = null;
            for (; i < doc.Dates.Count && doc.Dates[i].End <= the; i++) before = doc.Dates[i];
            if (before is null || the - before.End > 3) return null;
            var day = Read(before, status ?? SummitStatus.Held, published);
            if (day.From.Precision != DatePrecision.Day) return null;
            var zone = Zone(day.From);
            var first = day.From.LocalDay.AddDays(1 - ordinal);
            return new SummitDay(FuzzyDate.FromDay(first, zone), FuzzyDate.FromDay(first.AddDays(n - 1), zone), false, TokenIndex.FirstAtOrAfter(s.Tokens, before.Start));
        }
        return null;
    }

    private static TimeZoneInfo Zone(FuzzyDate d) =>
        d.OffsetMinutes == 540 ? FuzzyDate.Seoul : TimeZoneInfo.CreateCustomTimeZone("UTC" + d.OffsetMinutes, TimeSpan.FromMinutes(d.OffsetMinutes), "UTC offset", "UTC offset");

    /// <summary>Verbs of an act about a meeting that carry their own date.</summary>
    private static readonly HashSet<string> ActWords = new(StringComparer.Ordinal)
    {
        "proposed", "proposes", "propose", "suggested", "suggests", "offered", "floated", "invited", "invites", "invitation", "urged", "urges",
    };

    /// <summary>A date on the meeting word itself: "an upcoming June 12 summit", "summit on June 12", "summit talks on Nov. 1".</summary>
    private static bool OnMeeting(SummitSentence s, int first, int last, int ti)
    {
        if (last < ti) return ti - last <= 3;
        var k = first - 1;
        if (s.Norm(k) is "on" or "for" or "in") k--;
        return k >= ti && k - ti <= 2;
    }

    /// <summary>"on Sunday and Monday", "from June 20 to 21": a second date right after the first closes a range.</summary>
    private static SummitDay Through(SummitSentence s, DateExpression first, SummitDay day, SummitStatus? status, FuzzyDate? published)
    {
        var doc = s.Doc;
        var i = FirstDateAtOrAfter(doc.Dates, first.End);
        if (i >= doc.Dates.Count) return day;
        var next = doc.Dates[i];
        var gap = doc.Text.AsSpan(first.End, Math.Max(0, next.Start - first.End)).Trim();
        if (!(gap.SequenceEqual("and") || gap.SequenceEqual("to") || gap.SequenceEqual("through") || gap.SequenceEqual("-"))) return day;
        var second = Read(next, status, published);
        return second.To.EarliestUtc >= day.From.EarliestUtc && (second.To.EarliestUtc - day.From.EarliestUtc).TotalDays <= 10 ? day with { To = second.To } : day;
    }

    /// <summary>The one date of a sentence that is not a report's ("Obama joined Park and Abe on Thursday"), read for the
    /// status; null when it has none or several.</summary>
    public static SummitDay? OnlyDayOf(SummitSentence s, StatusCue cue, FuzzyDate? published)
    {
        SummitDay? found = null;
        for (var i = FirstDateAtOrAfter(s.Doc.Dates, s.Sentence.Start); i < s.Doc.Dates.Count && s.Doc.Dates[i].End <= s.Sentence.End; i++)
        {
            var e = s.Doc.Dates[i];
            if (!Dates(s, TokenIndex.FirstAtOrAfter(s.Tokens, e.Start), s.First)) continue;
            if (found is not null) return null;
            found = Read(e, cue.Status, published);
        }
        return found is { } f && f.From.Precision >= DatePrecision.Day ? f : null;
    }

    /// <summary>Any date a heading line writes ("FIRST SUMMIT, PYONGYANG (June 13-15, 2000)").</summary>
    public static SummitDay? Any(SummitSentence s, FuzzyDate? published)
    {
        var i = FirstDateAtOrAfter(s.Doc.Dates, s.Sentence.Start);
        return i < s.Doc.Dates.Count && s.Doc.Dates[i].End <= s.Sentence.End ? Read(s.Doc.Dates[i], SummitStatus.Held, published) : null;
    }

    /// <summary>Reads a date expression the way the meeting's status wants it (see the class summary).</summary>
    public static SummitDay Read(DateExpression e, SummitStatus? status, FuzzyDate? published) => Coarsen(Pick(e, status, published));

    /// <summary>"earlier this year" is a stretch of days, not a day: a span over four weeks is read as its month or year.</summary>
    private static SummitDay Coarsen(SummitDay day)
    {
        if (day.From.Precision != DatePrecision.Day) return day;
        var span = day.To.LatestUtc - day.From.EarliestUtc;
        if (span <= TimeSpan.FromDays(27)) return day;
        var first = day.From.LocalDay;
        var zone = Zone(day.From);
        var coarse = span <= TimeSpan.FromDays(31) && first.Day == 1 ? FuzzyDate.FromMonth(first.Year, first.Month, zone) : FuzzyDate.FromYear(first.Year, zone);
        return day with { From = coarse, To = coarse };
    }

    private static SummitDay Pick(DateExpression e, SummitStatus? status, FuzzyDate? published)
    {
        if (!e.Relative || published is not { IsKnown: true } p || e.BackFrom == e.AheadFrom) return new(e.BackFrom, e.BackTo, false);
        var ahead = e.AheadFrom.EarliestUtc - p.LatestUtc;
        var back = p.EarliestUtc - e.BackTo.LatestUtc;
        var useAhead = status switch
        {
            SummitStatus.Held => false,
            SummitStatus.Planned or SummitStatus.Proposed or SummitStatus.Postponed => ahead <= HalfYear || back > HalfYear,
            _ => ahead < back,
        };
        return useAhead ? new(e.AheadFrom, e.AheadTo, false) : new(e.BackFrom, e.BackTo, false);
    }

    /// <summary>False for a date that dates something else: the report ("said on Tuesday"), an earlier event ("since
    /// December 2011"), a deadline ("by 2026") or another event ("his election in March").</summary>
    private static bool Dates(SummitSentence s, int d, int start)
    {
        var k = d - 1;
        while (k >= start && s.Norm(k) is "on" or "early" or "late" or "mid" or "in" or "last" or "this" or "next") k--;
        if (k < start) return true;
        var n = s.Norm(k);
        if (ReportVerbs.Contains(n) || n is "since" or "until" or "till" or "by" or "before" or "through") return false;
        // "An expert expressed skepticism Tuesday over …", "voiced concern on Monday": the day of the remark.
        if (k - 1 >= start && s.Norm(k - 1) is "expressed" or "voiced" or "raised" or "conveyed" or "cast") return false;
        // "from Sunday to Wednesday": the day after "to" closes a range a date before it opened.
        if (n == "to" && k - 1 >= start && s.Doc.Dates.Any(e => e.End == s.Tokens[k - 1].End)) return false;
        if (OtherEvents.Contains(n)) return false;
        return true;
    }

    /// <summary>"Seoul, Aug 23 (IANS) Chinese President Xi Jinping will visit …", "SEOUL, July 19 -- …": the dateline's date is the
    /// report's, not the meeting's.</summary>
    private static bool InDateline(SummitSentence s, DateExpression e)
    {
        if (s.Index > 2 || e.Start - s.Sentence.Start > 40 || e.Start == s.Sentence.Start) return false;
        var lead = s.Doc.Text.AsSpan(s.Sentence.Start, e.Start - s.Sentence.Start).TrimEnd();
        if (!lead.EndsWith(",") || lead.Length < 3 || !char.IsUpper(lead[0])) return false;
        var after = s.Doc.Text.AsSpan(e.End, Math.Min(4, s.Sentence.End - e.End)).TrimStart();
        return after.StartsWith("(") || after.StartsWith("--") || after.StartsWith("\u2014") || after.StartsWith("\u2013");
    }

    /// <summary>"March 25-28 -- …", "Jan. 7-10 -- …": the date opening a chronology line, in the year of the last line
    /// above it that is only a year ("2018").</summary>
    private static SummitDay? LineDate(SummitSentence s, FuzzyDate? published)
    {
        if (OpeningDate(s) is not { } first) return null;
        var day = new SummitDay(first.BackFrom, first.BackTo, true);
        if (!first.Relative || first.Precision < DatePrecision.Day || YearHeadingAbove(s) is not { } year) return day;
        var zone = DatePhraseReader.ZoneOf(published);
        var (a, b) = (first.BackFrom.LocalDay, first.BackTo.LocalDay);
        if (a.Month == 2 && a.Day == 29 && !DateTime.IsLeapYear(year)) return day;
        var start = new DateOnly(year, a.Month, a.Day);
        var last = start.AddDays(b.DayNumber - a.DayNumber);
        return new SummitDay(FuzzyDate.FromDay(start, zone), FuzzyDate.FromDay(last, zone), true);
    }

    /// <summary>The date a chronology line opens with, followed by a dash or colon ("March 25-28 -- "), or null.</summary>
    public static DateExpression? OpeningDate(SummitSentence s)
    {
        var doc = s.Doc;
        var i = FirstDateAtOrAfter(doc.Dates, s.Sentence.Start);
        if (i >= doc.Dates.Count) return null;
        var first = doc.Dates[i];
        if (first.Start > s.Sentence.Start + 1 || first.End >= s.Sentence.End) return null;
        var gap = doc.Text.AsSpan(first.End, Math.Min(6, s.Sentence.End - first.End)).TrimStart();
        return gap.StartsWith("--") || gap.StartsWith("\u2014") || gap.StartsWith("\u2013") || gap.StartsWith("- ") || gap.StartsWith(":") ? first : null;
    }

    private static int FirstDateAtOrAfter(IReadOnlyList<DateExpression> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int? YearHeadingAbove(SummitSentence s)
    {
        var doc = s.Doc;
        for (var n = s.Index - 1; n >= 0 && n >= s.Index - 40; n--)
        {
            var text = doc.SentenceText(n).Trim();
            if (text.Length == 4 && int.TryParse(text, out var year) && year is > 1900 and < 2200) return year;
        }
        return null;
    }
}
