using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>Reads the summits one sentence mentions; each date, place and status word goes to the nearest trigger.</summary>
internal static partial class SummitSentenceReader
{
    private const int Window = 10;
    private static readonly HashSet<string> Proposers = new(StringComparer.Ordinal) { "invited", "proposed", "urged", "suggested", "offered" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "for", "to", "on" };

    public static void Read(AnalysedDocument doc, Sentence s, Sentence? previous, FuzzyDate? published, ActorCatalog catalog, List<SummitCandidate> into, List<QuoteSpan> quotes)
    {
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= s.End) last++;
        var triggers = new List<(int Index, string? Multilateral)>();
        var anchors = new Dictionary<int, int>(); // a written-out group's last word: "a summit between Korea and <long name> in Busan"
        var followUp = SummitFollowUps.Fill(doc, s, previous, published, into); // "The talks took place at the Kremlin."
        for (var i = first; i < last; i++)
        {
            if (i == followUp || !IsTrigger(doc, i, first, last) || QuoteFinder.Containing(quotes, tokens[i].Start) is not null) continue;
            var multi = MultilateralBefore(tokens, i, first) ?? WrittenOutMultilaterals.DashedBefore(doc.Text, tokens, i, first);
            if (multi is null && WrittenOutMultilaterals.After(tokens, i, last) is { } group) { multi = group.Name; anchors[i] = group.End; }
            triggers.Add((i, multi));
        }
        if (triggers.Count == 0) return;
        // "met Xi on the sidelines of the APEC forum in Lima on Friday": the gathering frames the meeting; its words date the meeting.
        var sidelines = triggers.Where(x => x.Multilateral is not null && Sidelines.Before(tokens, x.Index, first)).Select(x => x.Index).ToHashSet();
        var single = triggers.Count - sidelines.Count == 1;
        var people = PeopleIn(doc, s, first, last, catalog);
        var nameEnds = new HashSet<int>();
        for (var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); m < doc.Mentions.Count && doc.Mentions[m].Start < s.End; m++)
            if (TokenIndex.EndingAt(tokens, doc.Mentions[m].End) is var e and >= 0) nameEnds.Add(e);
        // "SEOUL, Sept. 6 (Yonhap) --": the dateline dates the report, not the summit.
        var from = Math.Max(s.Start, DatelineEnd(doc));
        var dates = doc.DatesIn(from, s.End, future: true);
        var pastDates = doc.DatesIn(from, s.End, future: false);
        for (var t = 0; t < triggers.Count; t++)
        {
            var (ti, multi) = triggers[t];
            // Nearest by tokens, a comma counting as a clause away ("talks with Xi in Beijing on Tuesday, ahead of a summit with Trump").
            int Distance(int a, int b) => Math.Abs(a - b) + (CommaBetween(doc, a, b) ? Window : 0);
            var anchor = anchors.GetValueOrDefault(ti, ti);
            int Own(int tokenIndex) => Math.Min(Distance(ti, tokenIndex), Distance(anchor, tokenIndex));
            bool Nearest(int tokenIndex) => triggers.All(o => Distance(o.Index, tokenIndex) >= Own(tokenIndex) || o.Index == ti || (sidelines.Contains(o.Index) && !sidelines.Contains(ti)))
                && Math.Min(Math.Abs(tokenIndex - ti), Math.Abs(tokenIndex - anchor)) <= Window;
            var triggerIndexes = triggers.Select(x => x.Index).ToList();
            // "…, which had been expected on the sidelines of the G7 summit here, was called off": the main verb is not the G7's.
            var clauseEnd = RelativeClauses.Enclosing(doc.Text, tokens, ti, first, last) ?? last;
            var (status, strong, statusIndex) = StatusNear(tokens, ti, first, clauseEnd, k => Nearest(k) && AttachesTo(tokens, k, ti, triggerIndexes), nameEnds.Contains);
            if (RelativeClauses.Following(doc.Text, tokens, ti, last) is { } clause && RelativeClauses.MainVerb(tokens, clause.After, last) is { } main)
                (status, strong, statusIndex) = (main.Status, true, main.Index); // "Lee's summit with Trump, which …, was called off"
            if (status is null && HostOrJoinBefore(doc, ti, first, triggerIndexes) is >= 0 and var verb) // "the South Korean president joined Biden and Ishiba for a trilateral summit"
                (status, strong, statusIndex) = (tokens[verb].Norm == "invited" ? SummitStatus.Proposed : SummitStatus.Held, tokens[verb].Norm == "invited", verb);
            // "North Korea on Thursday turned down the invitation": the day dates the refusal; a refused invitation stays a proposal.
            var refusedAt = RefusalBefore(doc, first, ti, last);
            if (refusedAt >= 0 && multi is null && status is not (SummitStatus.Cancelled or SummitStatus.Postponed)) (status, strong, statusIndex) = (SummitStatus.Proposed, true, refusedAt);
            // "sent a letter on Nov. 5 inviting Kim to the summit": a day before the offer dates the offer.
            var offeredAt = status == SummitStatus.Proposed && statusIndex >= 0 && statusIndex < ti
                && (Proposers.Contains(tokens[statusIndex].Norm) || tokens[statusIndex].Norm == "inviting") ? statusIndex : -1;
            var past = status is SummitStatus.Held;
            DatePhrase? date = null;
            foreach (var d in sidelines.Contains(ti) ? [] : past ? pastDates : dates)
            {
                var at = TokenIndex.FirstAtOrAfter(tokens, d.Start);
                if (!Nearest(at) || (at < ti && ReportingBetween(tokens, at, ti)) || at < refusedAt || at < offeredAt || DatesReport(tokens, at, first) || EndsRange(tokens, at, first)) continue; // "told lawmakers last week that Kim might meet Trump"
                if (date is null || d.From.Precision > date.From.Precision) date = d;
            }
            if (date is null || date.From.Precision < DatePrecision.Day)
            {
                // A lead sentence's "on Thursday" dates its event even when it stands far from the word "summit".
                var relative = (past ? pastDates : dates).FirstOrDefault(d => d.Relative && d.From.Precision == DatePrecision.Day
                    && d.To.LatestUtc - d.From.EarliestUtc < TimeSpan.FromDays(2) && !ReportingBetween(tokens, TokenIndex.FirstAtOrAfter(tokens, d.Start), ti)
                    && TokenIndex.FirstAtOrAfter(tokens, d.Start) >= refusedAt && !DatesReport(tokens, TokenIndex.FirstAtOrAfter(tokens, d.Start), first));
                if (relative is not null && single && !sidelines.Contains(ti)) date = relative;
            }
            if (sidelines.Contains(ti)) (status, strong) = (null, false); // set from the meeting on its sidelines, below
            if (multi is not null && !strong && !sidelines.Contains(ti))
            {
                // A named multilateral summit is a scheduled event: its status comes from a strong word or its date.
                status = date is null ? null : published is { IsKnown: true } pub && date.To.LatestUtc < pub.EarliestUtc ? SummitStatus.Held : SummitStatus.Planned;
            }
            // "recalling the trilateral summit at Camp David in August last year": a summit dated before the report took place.
            if (multi is null && status is null && date is not null && published is { IsKnown: true } reported && date.To.LatestUtc < reported.EarliestUtc)
                status = SummitStatus.Held;
            var location = PlaceNear(doc.Text, tokens, anchor, first, last, single, Nearest)
                ?? RelativeClauses.Here(tokens, ti, Math.Min(last, Math.Max(ti + Window, RelativeClauses.Following(doc.Text, tokens, ti, last)?.After ?? 0)))
                    .Then(() => Countries.DatelinePlace(doc.Text, tokens)); // "the G7 summit here" in a KANANASKIS-datelined report
            var outcome = statusIndex >= 0 && SummitCues.OutcomeWords.Contains(tokens[statusIndex].Norm) ? Clause(doc.Text, tokens[statusIndex].Start, s.End) : null;
            List<string> participants = multi is not null ? [] : SummitParties.Between(doc, ti, last) ?? SummitParties.MeetingParties(doc, ti, first, last) ?? JointSubject.Before(doc, ti, first, last)
                ?? SummitParties.WithParties(doc, ti, first, last, catalog) ?? [.. people];
            if (multi is null && Visits.IsVisitWord(tokens[ti].Norm))
            {
                // "Moon will visit Pyongyang": the visitor, a leader, meets the leader of the place visited on that day.
                participants = participants.Where(p => !Visits.OnlyAsOwnerOfSomeoneElse(doc, s, p)).ToList(); // "Moon's daughter will visit Tokyo"
                if (doc.Day is { } today && participants.Count > 1 && participants.Where(p => catalog.FindByKey(p) is { } a && SummitParties.IsLeader(a, today)).ToList() is { Count: > 0 } leaders)
                    participants = leaders;
                // "Kim held talks with Xi …, his fourth trip to China, ahead of a summit with Trump": a visit is the visitor and the host.
                if (participants.Count > 2 && doc.Day is { } visitDay && Countries.OfPlace(location) is { } hostCode
                    && SummitParties.Leader(catalog, hostCode, visitDay) is { } visited && participants.Contains(visited.Key)
                    && participants.FirstOrDefault(p => p != visited.Key) is { } guest)
                    participants = [guest, visited.Key];
                if (participants.Count == 1 && doc.Day is { } day && catalog.FindByKey(participants[0]) is { } visitor && SummitParties.IsLeader(visitor, day)
                    && Countries.OfPlace(location) is { } code && code != visitor.Country && SummitParties.Leader(catalog, code, day) is { } host)
                    participants = [participants[0], host.Key];
                var negated = ti - 1 > first && (tokens[ti - 1].Norm is "not" or "never" or "t" || tokens[ti - 2].Norm is "not" or "never");
                if (participants.Count < 2 || (negated && status is not (SummitStatus.Cancelled or SummitStatus.Postponed))) continue;
            }
            var inherited = false;
            // "recalling the trilateral summit at Camp David with Joe Biden": a trilateral with two named takes the third
            // from the article's latest summit that shares one of them.
            if (multi is null && participants.Count == 2 && Trilateral(tokens, ti, first)
                && into.LastOrDefault(c => !c.Multilateral && c.Participants.Count >= 2 && c.Participants.Intersect(participants).Any()
                    && c.Participants.Except(participants).Count() == 1) is { } partner)
                participants = [.. participants, partner.Participants.Except(participants).First()];
            // "It was the North Korean leader's third trip to China. He met Xi in Beijing in late March."
            if (multi is null && participants.Count == 1 && previous is { } said && doc.Day is { } onDay && PronounSubject.OpensWith(tokens, ti, first)
                && PronounSubject.Resolve(PeopleIn(doc, said, TokenIndex.FirstAtOrAfter(tokens, said.Start), first, catalog), participants, catalog, onDay) is { } he)
                participants = [he, .. participants];
            // "The two leaders last met in Bali in November 2022": the group of an earlier summit in the article.
            if (multi is null && participants.Count < 2 && GroupSubject.Size(tokens, ti, first, last) is { } size
                && GroupSubject.Resolve(into, size, s.Start) is { } group && participants.All(group.Contains))
                participants = group;
            if (multi is null && participants.Count < 2 && previous is { } before && MentionsPair(tokens, first, last))
            {
                var pair = PeopleIn(doc, before, TokenIndex.FirstAtOrAfter(tokens, before.Start), first, catalog);
                if (pair.Count == 2 && participants.All(pair.Contains)) participants = pair;
            }
            if (multi is null && participants.Count == 1 && status == SummitStatus.Proposed && previous is { } prev
                && SummitParties.Invitee(doc, prev) is { } invitee && !participants.Contains(invitee))
            {
                // "Lee urged Trump to attend the APEC summit. He proposed using the event as a venue for dialogue with Kim."
                participants.Insert(0, invitee);
                inherited = location is null;
                location ??= into.LastOrDefault(c => c.Multilateral && c.EvidenceStart == prev.Start)?.Location;
            }
            var title = multi is not null ? multi + " summit"
                : location is not null && !inherited ? location.Split(',')[0] + " summit"
                : participants.Count >= 2 ? string.Join('\u2013', participants.Select(k => Surname(doc, catalog, k))) + " summit" : "Summit";
            // "their first formal talks since a 30-minute meeting in New York in September": an earlier, held meeting of its own.
            var since = multi is null && tokens[ti].Norm is "meeting" or "summit" or "talks" && SinceBefore(tokens, ti, first);
            if (since) (status, strong) = (SummitStatus.Held, true);
            var (start, end) = (date?.From, date?.To);
            if (sidelines.Contains(ti) && VisitDays.FromNamedDay(tokens, ti, first, pastDates, published) is { } named)
                (start, end) = (named.Start, named.End); // "on Saturday, the final day of the two-day APEC leaders' meeting"
            if (date is not null && VisitDays.FromLastDay(tokens, ti, first, statusIndex, TokenIndex.FirstAtOrAfter(tokens, date.Start), date.From, published) is { } span)
                (start, end) = (span.Start, span.End); // "ended a two-day visit on Saturday"
            var candidate = new SummitCandidate(title, start, end, location, status, strong, outcome, participants, multi is not null, s.Start, s.End)
            {
                OnSidelines = sidelines.Contains(ti),
                Earlier = since,
                IsVisit = multi is null && (Visits.IsVisitWord(tokens[ti].Norm) || (statusIndex >= 0 && tokens[statusIndex].Norm == "arrived")),
            };
            // "The first Trump-Kim summit in Singapore … marking the first-ever meeting between …": one event per sentence and party set.
            var same = multi is null && participants.Count > 0
                ? into.LastOrDefault(c => c.EvidenceStart == s.Start && !c.Multilateral && c.Earlier == since && c.Participants.Order().SequenceEqual(participants.Order())
                    && (c.Location is null || location is null || PlacesAgree(c.Location, location))) // "agreed at his summit in Pyongyang to visit Seoul": two events
                : null;
            if (same is null) into.Add(candidate); else VisitDays.AbsorbInSentence(same, candidate);
        }
        VisitDays.FoldVisitIntoTalks(into, s.Start);
        Sidelines.TakeStatusFromMeeting(into, s.Start, followUp >= 0 ? previous?.Start : null); // "The meeting will take place in Bali, on the sidelines of the G20 summit"
    }

    private static bool CommaBetween(AnalysedDocument doc, int a, int b)
    {
        if (a == b) return false;
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return doc.Text.AsSpan(doc.Tokens[lo].End, doc.Tokens[hi].Start - doc.Tokens[lo].End).Contains(',');
    }

    private static int DatelineEnd(AnalysedDocument doc)
    {
        var text = doc.Text;
        if (doc.Tokens.Count == 0 || !doc.Tokens[0].AllUpper) return 0;
        var dash = text.IndexOf("--", 0, Math.Min(text.Length, 80), StringComparison.Ordinal);
        if (dash < 0) dash = text.IndexOf('\u2014', 0, Math.Min(text.Length, 80));
        return dash < 0 ? 0 : dash;
    }

    /// <summary>People named in the sentence; a proposer ("Lee invited Trump … a meeting with Kim") is not a participant.</summary>
    private static List<string> PeopleIn(AnalysedDocument doc, Sentence s, int first, int last, ActorCatalog catalog)
    {
        var named = doc.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start)).TakeWhile(m => m.Start < s.End).ToList();
        var mentions = SummitParties.AtTheTable(doc, named).Where(m => m.Actor is { Kind: ActorKind.Person } && !IsModifierOnly(doc, m)).ToList();
        var keys = mentions.Select(m => m.Actor!.Key).Distinct().ToList();
        if (keys.Count >= 3 && mentions.Count > 0)
        {
            var next = TokenIndex.FirstAtOrAfter(doc.Tokens, mentions[0].End);
            while (next < last && ReportingVerbs.IsFiller(doc.Tokens[next].Norm)) next++;
            if (next < last && Proposers.Contains(doc.Tokens[next].Norm) && !Inviters.AlsoAttends(doc, mentions[0].Actor!, next, first, last, keys.Count))
                keys.Remove(mentions[0].Actor!.Key);
        }
        if (keys.Count >= 3) keys = SummitBystanders.Remove(doc, mentions, keys, last);
        if (keys.Count == 0) keys.AddRange(SummitParties.CountryLeaders(doc, first, last, catalog));
        var leaderNamed = doc.Day is { } day && keys.Any(k => catalog.FindByKey(k) is { } a && SummitParties.IsLeader(a, day));
        // "the South Korean president joined Biden and Ishiba for a trilateral summit": a role taking part is a third party.
        keys.AddRange(SummitParties.RoleHolders(doc, first, last, catalog, subjectsOnly: keys.Count >= 2, leaderNamed).Where(k => !keys.Contains(k)).Distinct().ToList());
        return keys;
    }

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "upcoming", "planned", "proposed", "potential", "possible", "first", "previous", "last", "next", "historic",
    };

    /// <summary>An adjective ("the upcoming APEC summit") belongs to the next trigger after it, not to an earlier one.</summary>
    private static bool AttachesTo(IReadOnlyList<Token> tokens, int k, int ti, List<int> triggers)
    {
        if (!Adjectives.Contains(tokens[k].Norm)) return true;
        var next = triggers.Where(t => t > k).DefaultIfEmpty(-1).Min();
        return next == ti;
    }

    /// <summary>"the two leaders", "both leaders", "their": the sentence refers back to a pair.</summary>
    private static bool MentionsPair(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (tokens[k].Norm == "their") return true;
            if (k + 1 < last && tokens[k].Norm is "two" or "both" && tokens[k + 1].Norm is "leaders" or "men" or "sides") return true;
        }
        return false;
    }

    private static bool ReportingBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Norm == "that" || ReportingVerbs.Lookup(tokens[k].Norm) is not null) return true;
        return false;
    }

    private static bool IsModifierOnly(AnalysedDocument doc, Mention m)
    {
        var next = TokenIndex.FirstAtOrAfter(doc.Tokens, m.End);
        return next < doc.Tokens.Count && NameWords.ModifierNouns.Contains(doc.Tokens[next].Norm);
    }

    internal static string? PlaceNear(string text, IReadOnlyList<Token> tokens, int ti, int first, int last, bool single, Func<int, bool> nearest)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // A sentence's only summit takes a place further on ("his summit with Kim will go ahead as planned on June 12 in Singapore").
        var reach = single ? 19 : 11;
        for (var k = Math.Max(first, ti - 8); k < Math.Min(last, ti + reach); k++)
        {
            var far = k > ti + Window;
            if ((!far && !nearest(k)) || (far && ReportingBetween(tokens, ti, k))) continue;
            if (k < ti - 4 && !PlacePrepositions.Contains(tokens[Math.Max(first, k - 1)].Norm)) continue; // "arrived in Pyongyang on Thursday for a state visit"
            var place = PlaceNames.At(tokens, k, last);
            if (Venues.At(text, tokens, k, last) is { } venue && venue.Length > (place?.Length ?? 0)) place = (venue.Display, false, false, venue.Length); // "Gimhae Air Base"
            if (place is not { } p || Venues.AfterLodgingVerb(tokens, k, first)) continue;
            var before = k > first && tokens[k - 1].Norm == "the" ? k - 2 : k - 1;
            // "in Hanoi", "at the Capella Hotel", "visit Pyongyang"
            var preposition = before >= first && (PlacePrepositions.Contains(tokens[before].Norm) || Visits.IsVisitWord(tokens[before].Norm));
            var beforeTrigger = k + p.Length == ti || (k + p.Length + 1 == ti && SummitCues.Multilateral.ContainsKey(tokens[ti - 1].Norm));
            if (!(preposition || (beforeTrigger && !p.Metonym)) || (p.Broad && !preposition)) continue;
            var distance = Math.Abs(k - ti);
            if (distance < bestDistance || (distance == bestDistance && best is not null && p.Display.Length > best.Length)) { best = p.Display; bestDistance = distance; }
        }
        return best;
    }

    private static string Clause(string text, int start, int end)
    {
        var stop = text.IndexOfAny([',', ';', '.'], start, end - start);
        return text[start..(stop < 0 ? end : stop)].Trim();
    }

    internal static string Surname(AnalysedDocument doc, ActorCatalog catalog, string key)
    {
        var actor = catalog.FindByKey(key) ?? doc.Discovered.FirstOrDefault(d => d.Actor.Key == key)?.Actor;
        var surname = actor is null ? key : AliasIndex.SurnameOf(actor) ?? actor.Name;
        return surname.Length == 0 ? key : char.ToUpperInvariant(surname[0]) + surname[1..];
    }
}
