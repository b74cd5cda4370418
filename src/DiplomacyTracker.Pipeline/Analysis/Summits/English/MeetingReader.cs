using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads one meeting word into summit candidates: its clause's status (<see cref="SummitTense"/>), day
/// (<see cref="SummitDays"/>), parties (<see cref="MeetingParties"/>, named leaders on that day) and place
/// (<see cref="SummitPlaces"/>). A meeting needs leaders of two countries; one that names nobody ("The summit will come on
/// the heels of …", "They met at the Vostochny Cosmodrome", a heading "FIRST SUMMIT, PYONGYANG (June 13-15, 2000)") is
/// kept as a partial report for the merge to attach to the summit it refers to. A visit to two countries is a summit in
/// each; "bilateral meetings with A and B" are two. Multilateral gatherings are no summit of their own here: they place
/// the meetings held at them ("on the sidelines of the NATO Summit").
/// </summary>
internal static class MeetingReader
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public static IEnumerable<SummitCandidate> Read(SummitSentence s, Trigger t, ActorCatalog catalog, IReadOnlyList<Trigger> all)
    {
        if (Repeated(s, t.Index) || Attempted(s, t.Index) || Denied(s, t.Index)) yield break;
        var doc = s.Doc;
        var ti = t.Index;
        var indexes = all.Select(x => x.Index).ToList();
        if (t.Gathering is not null)
        {
            if (GatheringOf(s, t, indexes) is { } g) yield return g;
            yield break;
        }
        var clause = s.ClauseAround(ti, indexes);
        var heading = Heading(s);
        var cue = SummitTense.Of(s, ti, clause.Start, clause.End, indexes);
        var line = SummitDays.OpeningDate(s) is not null;
        // A chronology entry's plan ("ahead of the anticipated first summit") is as of the entry's day, long past: its outcome is unknown here.
        if (cue.Status is SummitStatus.Planned or SummitStatus.Proposed && !(line && FirstClauseOfLine(s, clause.Start)) && InPastEntry(s)) yield break;
        var day = heading ? SummitDays.Any(s, doc.Published)
            : SummitDays.Of(s, ti, clause.Start, clause.End, cue, doc.Published, line && FirstClauseOfLine(s, clause.Start));
        var leaders = new LeaderLookup(doc, catalog, WindowFrom(day, cue, doc), WindowTo(day, cue, doc));
        var destinations = SummitPlaces.Destinations(s, t, clause.End);
        var groupUsed = false;
        IReadOnlyList<Party>? Group(int? size)
        {
            groupUsed = true;
            return GroupBefore(s, ti, size, leaders);
        }
        var (parties, rule) = heading ? ([], "heading") : MeetingParties.Find(s, t, clause, leaders, Group, destinations);
        // "their first formal talks since a 30-minute meeting in New York": the earlier meeting is the same pair's.
        if (cue.Earlier && parties.Count == 0 && GroupBefore(s, ti, 2, leaders) is { } pair) (parties, rule) = (pair.ToList(), "since");
        // "ended a two-day visit on Saturday": the day is the last of the visit's days; "arrived … for a three-day visit": the first.
        if (day is { } one && SummitDays.Span(one, SummitDays.Length(s, ti), cue.Index >= 0 ? s.Norm(cue.Index) : null) is { } span) day = span;
        // "The two leaders met in Bali" after "… on Thursday": the group brings its sentence's day along.
        if (day is null && groupUsed && s.Index > 0 && cue.Rank < 4 && rule is "subject" or "participle-subject")
            day = SummitDays.OnlyDayOf(new SummitSentence(doc, s.Index - 1), cue, doc.Published);
        var partial = parties.Count == 0;
        if (partial && !heading && !Anaphoric(s, t, clause.Start)) yield break;
        var near = partial && !heading ? (Math.Max(clause.Start, ti - 3), Math.Min(clause.End, ti + 9)) : clause;
        if (partial && !heading && day is { } dd && (dd.At < near.Item1 || dd.At >= near.Item2)) day = null;
        var hits = heading ? SummitPlaces.Anywhere(s) : SummitPlaces.InClause(s, ti, near.Item1, near.Item2).Concat(destinations).ToList();
        if (hits.Count == 0 && !partial) hits = SummitPlaces.LeadingPlace(s, clause.Start);
        var place = SummitPlaces.Finest(hits, ti)?.Place;
        // "… could hold talks with Trump during the APEC summit …, with the border village of Panmunjom a possible venue".
        if (!partial && (place is null || place.Level < PlaceLevel.City) && SummitPlaces.NamedVenue(s) is { } venue) place = venue.Place;
        if (place is null && HereAfter(s, ti, clause.End)) place = SummitPlaces.Dateline(doc);
        var frame = Frame(s, all, clause, indexes);
        if (place is null && frame?.Location is not null) place = new Place(frame.Location, frame.PlaceCountry, frame.PlaceLevel ?? Analysis.PlaceLevel.City, false);
        // "Lee urged Trump to attend the APEC summit, which is set to take place in Gyeongju … from Oct. 31 to Nov. 1"
        if (day is null && frame?.Start is { } fs && t.Kind == TriggerKind.Invitation) day = new SummitDay(fs, frame.End ?? fs, false);
        var gathering = place is null && !partial ? frame?.Title : null;
        var frameIndex = frame?.TriggerIndex ?? -1;
        if (!partial && parties.Select(p => p.Country).Distinct().Count() < 2) yield break;

        // A visit to two countries ("visit the Republic of Korea and Japan") is a summit in each with its leader.
        var visited = destinations.Where(d => d.Place.Level >= PlaceLevel.Country && leaders.HostOf(d.Place.CountryCode) is not null).ToList();
        if (t.Kind == TriggerKind.Visit && visited.Count > 1 && parties.Count == visited.Count + 1)
        {
            foreach (var d in visited)
            {
                var host = leaders.HostOf(d.Place.CountryCode)!.Value;
                yield return Candidate(s, t, [parties[0].Key, host.Key], d.Place, null, day, cue, rule, partial, catalog, frameIndex);
            }
            yield break;
        }
        // "bilateral meetings with Li and Kishida": one meeting of the subject with each.
        if (Bilaterals(s, ti) && parties.Count > 2)
        {
            var anchor = MeetingParties.Subject(s, clause.Start, ti, leaders, Group).FirstOrDefault(p => parties.Any(x => x.Key == p.Key));
            if (anchor.Key is null) anchor = parties[0];
            foreach (var other in parties.Where(p => p.Country != anchor.Country))
                yield return Candidate(s, t, [anchor.Key, other.Key], place, gathering, day, cue, rule, partial, catalog, frameIndex);
            yield break;
        }
        yield return Candidate(s, t, parties.Select(p => p.Key).ToList(), place, gathering, day, cue, rule, partial, catalog, frameIndex);
    }

    private static SummitCandidate Candidate(SummitSentence s, Trigger t, List<string> keys, Place? place, string? gathering, SummitDay? day,
        StatusCue cue, string rule, bool partial, ActorCatalog catalog, int frameIndex)
    {
        var location = place?.Display ?? gathering;
        var title = location is not null ? SummitMerger.PlaceTitle(location.Split(',')[0])
            : keys.Count >= 2 ? string.Join('\u2013', keys.Select(k => SummitSentenceReader.Surname(s.Doc, catalog, k))) + " summit" : "Summit";
        var (start, end) = day is { } d ? (d.From, d.To) : ((FuzzyDate?)null, (FuzzyDate?)null);
        return new SummitCandidate(title, start, end, location, cue.Status, cue.Strong, null, keys, false, s.Sentence.Start, s.Sentence.End)
        {
            IsVisit = t.Kind == TriggerKind.Visit,
            Trilateral = s.Norm(t.Index - 1) is "trilateral" || s.Norm(t.Index - 2) is "trilateral" || (s.Norm(t.Index - 1) == "way" && s.Norm(t.Index - 2) == "three"),
            Earlier = cue.Earlier,
            Partial = partial,
            Heading = rule == "heading",
            Opening = partial && cue.Index >= 0 && s.Norm(cue.Index) is "opened" or "began" or "started" || partial && OpenedBefore(s, day),
            PlaceCountry = place?.CountryCode,
            PlaceLevel = place?.Level ?? (gathering is not null ? Analysis.PlaceLevel.Region : null),
            TriggerIndex = t.Index,
            Rule = rule,
            DayFromLine = day?.FromLine ?? false,
            StatusRank = cue.Rank,
            FrameIndex = frameIndex,
        };
    }

    /// <summary>"on the sidelines of the NATO Summit", "with APEC summit as one option", "attend the APEC summit, which is set
    /// to take place in Gyeongju …": the gathering named in the meeting's clause, read as a summit of its own (its place and
    /// days); its name is the meeting's place when nothing finer is written ("NATO Summit").</summary>
    private static SummitCandidate? Frame(SummitSentence s, IReadOnlyList<Trigger> all, (int Start, int End) clause, IReadOnlyList<int> indexes)
    {
        foreach (var g in all)
            if (g.Gathering is not null && (g.Index >= clause.Start && g.Index < clause.End && Gatherings.SetsMeetingAt(s, g.Index, clause.Start) || Gatherings.FramesMeeting(s, g.Index)))
                return GatheringOf(s, g, indexes);
        return null;
    }

    /// <summary>A named multilateral summit as its own clause reports it: place, days, status; no parties listed.</summary>
    private static SummitCandidate? GatheringOf(SummitSentence s, Trigger g, IReadOnlyList<int> indexes)
    {
        var clause = s.ClauseAround(g.Index, indexes);
        // "the upcoming APEC summit may create fresh momentum": a gathering is on the calendar; a "may" is about something else.
        var cue = SummitTense.Of(s, g.Index, clause.Start, clause.End, indexes, proposals: false);
        // "on the sidelines of the G20 summit in Osaka on Thursday": the day and state words are the meeting's, not the gathering's.
        var framing = Gatherings.FramesMeeting(s, g.Index);
        // A gathering is on the calendar: its days say whether it was held or is coming, unless it was called off or put off
        // or its own verb says so ("will attend the G7 summit"); a proposal about it ("urged Trump to attend") is not its state.
        if (framing || cue.Rank < 5 && !(cue.Status is SummitStatus.Planned or SummitStatus.Held && cue.Strong && cue.Rank < 4)) cue = StatusCue.None;
        var named = SummitDays.FromNamedDay(s, g.Index, cue.Status, s.Doc.Published);
        var day = named is { At: -2 } ? null : named ?? (framing ? null : SummitDays.Of(s, g.Index, clause.Start, clause.End, cue, s.Doc.Published, false));
        if (!framing && day is { } one && SummitDays.Span(one, SummitDays.Length(s, g.Index), cue.Index >= 0 ? s.Norm(cue.Index) : null) is { } span) day = span;
        var place = SummitPlaces.Finest(SummitPlaces.InClause(s, g.Index, clause.Start, clause.End), g.Index)?.Place;
        if (place is null && HereAfter(s, g.Index, clause.End)) place = SummitPlaces.Dateline(s.Doc);
        var title = g.Gathering!.EndsWith("Summit", StringComparison.Ordinal) || g.Gathering.EndsWith("Assembly", StringComparison.Ordinal) ? g.Gathering : g.Gathering + " summit";
        var (start, end) = day is { } d ? (d.From, d.To) : ((FuzzyDate?)null, (FuzzyDate?)null);
        return new SummitCandidate(title, start, end, place?.Display, cue.Status, cue.Strong, null, [], true, s.Sentence.Start, s.Sentence.End)
        {
            PlaceCountry = place?.CountryCode, PlaceLevel = place?.Level, TriggerIndex = g.Index, Rule = "gathering", StatusRank = cue.Rank,
            Framing = framing,
        };
    }

    /// <summary>"met Kim three times", "have met twice": several meetings, not one summit.</summary>
    private static bool Repeated(SummitSentence s, int ti)
    {
        for (var k = Math.Max(s.First, ti - 3); k < s.Last && k <= ti + 6; k++)
            if (s.Norm(k) is "times" or "twice" or "repeatedly" || (s.Norm(k) == "series" && s.Norm(k + 1) == "of")) return true;
        return false;
    }

    /// <summary>"tried to visit the DMZ", "failed to meet": an attempt, no meeting.</summary>
    private static bool Attempted(SummitSentence s, int ti) =>
        ti - 2 >= s.First && s.Norm(ti - 1) == "to" && s.Norm(ti - 2) is "tried" or "tries" or "failed" or "attempted";

    /// <summary>"both governments denied a meeting had been finalised", "denied reports of a summit": a denial reports no meeting.</summary>
    private static bool Denied(SummitSentence s, int ti)
    {
        for (var k = ti - 1; k >= s.First && k >= ti - 5; k--)
        {
            if (s.Norm(k) is "denied" or "denies" or "deny" or "denying") return true;
            if (s.CommaAfter(k) || s.Norm(k) is "and" or "but") return false;
        }
        return false;
    }

    /// <summary>"bilateral meetings with Li and Kishida", "separate talks with Biden and Kishida".</summary>
    private static bool Bilaterals(SummitSentence s, int ti) =>
        s.Norm(ti) is "meetings" or "talks" or "summits" && s.Norm(ti - 1) is "bilateral" or "separate";

    /// <summary>A heading line ("FIRST SUMMIT, PYONGYANG (June 13-15, 2000)"): short, in capitals, no verb to read.</summary>
    private static bool Heading(SummitSentence s)
    {
        var count = s.Last - s.First;
        if (count == 0 || count > 12) return false;
        var upper = 0;
        for (var k = s.First; k < s.Last; k++) if (s.Tokens[k].AllUpper || char.IsDigit(s.Norm(k)[0])) upper++;
        return upper * 3 >= count * 2;
    }

    /// <summary>The sentence belongs to a chronology entry (its paragraph opens with a date and a dash) dated over a month before the report.</summary>
    private static bool InPastEntry(SummitSentence s)
    {
        var doc = s.Doc;
        var n = s.Index;
        while (n > 0 && doc.Sentences[n - 1].Paragraph == s.Sentence.Paragraph) n--;
        var opening = SummitDays.OpeningDate(n == s.Index ? s : new SummitSentence(doc, n));
        return opening is not null && doc.Day is { } today && opening.BackFrom.LocalDay < today.AddDays(-30);
    }

    /// <summary>True when the clause is the chronology line's own (not a "following …" or "-- a week after …" part).</summary>
    private static bool FirstClauseOfLine(SummitSentence s, int clauseStart)
    {
        for (var k = s.First; k < clauseStart; k++)
        {
            var gap = s.GapAfter(k);
            if (gap.Contains("--", StringComparison.Ordinal) || gap.Contains('\u2014') || gap.Contains('\u2013') || gap.Contains(':'))
                return k + 1 == clauseStart;
        }
        return false;
    }

    /// <summary>"The summit", "the meeting", "the talks", "the visit", "their summit", "They met": a report naming nobody
    /// that refers back to a meeting already reported.</summary>
    private static bool Anaphoric(SummitSentence s, Trigger t, int clauseStart)
    {
        var ti = t.Index;
        if (t.Kind is TriggerKind.Invitation or TriggerKind.Host) return false;
        var k = ti - 1;
        while (k >= clauseStart && SummitWords.Modifiers.Contains(s.Norm(k))) k--;
        // "the first visit to North Korea by a Chinese foreign minister": someone else's visit, not one already reported.
        for (var j = ti + 1; j < s.Last && j <= ti + 6; j++)
            if (s.Norm(j) == "by") return false;
        if (k >= clauseStart && s.Norm(k) is "the" or "their" or "this" or "that" or "its") return t.Kind is TriggerKind.Noun or TriggerKind.Visit;
        return t.Kind == TriggerKind.Meet && ti - 1 >= clauseStart && s.Norm(ti - 1) is "they" or "pair" or "leaders";
    }

    /// <summary>"which opened Tuesday at KINTEX": the day written right after "opened", "began" or "started".</summary>
    private static bool OpenedBefore(SummitSentence s, SummitDay? day)
    {
        if (day is not { At: >= 0 } d) return false;
        var k = d.At - 1;
        if (s.Norm(k) == "on") k--;
        return s.Norm(k) is "opened" or "began" or "started" or "kicked";
    }

    private static bool HereAfter(SummitSentence s, int ti, int end)
    {
        for (var k = ti + 1; k < end && k <= ti + 10; k++)
            if (s.Norm(k) == "here") return true;
        return false;
    }

    /// <summary>The leaders a group word refers to: the latest sentence before (this one up to the word, then up to three
    /// before it) naming leaders of that many countries; "he" is the latest single leader named.</summary>
    private static IReadOnlyList<Party>? GroupBefore(SummitSentence s, int ti, int? size, LeaderLookup leaders)
    {
        for (var n = s.Index; n >= 0 && n >= s.Index - 3; n--)
        {
            var view = n == s.Index ? s : new SummitSentence(s.Doc, n);
            var found = new List<Party>();
            foreach (var m in view.Mentions)
            {
                if (n == s.Index && view.TokensOf(m).Last >= ti) break;
                if (leaders.Of(m) is { } p && found.All(x => x.Key != p.Key)) found.Add(p);
            }
            // "It was the North Korean leader's third trip abroad. He met Xi": a leader named by role counts for "he".
            if (size == 1 && found.Count == 0 && n < s.Index)
                for (var k = view.First; k < view.Last; k++)
                    if (RolePhrases.At(view, k) is { } role && leaders.Holder(role.Code, byRole: true) is { } holder) { found.Add(holder); break; }
            if (size == 1 && found.Count > 0) return [found[^1]];
            if (size == 1) continue;
            if (found.Count >= 2 && found.Select(p => p.Country).Distinct().Count() >= 2 && (size is null || found.Count == size)) return found;
        }
        return null;
    }

    private static DateOnly WindowFrom(SummitDay? day, StatusCue cue, AnalysedDocument doc) =>
        day is { } d ? d.From.LocalDay
        : doc.Day is not { } pub ? Earliest
        : cue.Status is SummitStatus.Held || cue.Earlier ? Earliest
        : cue.Status is null ? Earliest
        : pub;

    private static DateOnly WindowTo(SummitDay? day, StatusCue cue, AnalysedDocument doc) =>
        day is { } d ? DateOnly.FromDateTime(d.To.LatestUtc.AddMinutes(d.To.OffsetMinutes))
        : doc.Day is not { } pub ? new DateOnly(2100, 1, 1)
        : cue.Status is SummitStatus.Held || cue.Earlier ? pub
        : pub.AddDays(365);
}
