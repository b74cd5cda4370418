namespace DiplomacyTracker.Analysis;

/// <summary>A meeting's state as one clause words it, how sure the words are, and the word that says so.</summary>
internal readonly record struct StatusCue(SummitStatus? Status, bool Strong, int Index, bool Earlier, int Rank)
{
    public static StatusCue None => new(null, false, -1, false, 0);
}

/// <summary>
/// A meeting's status from the tense and cue words of its own clause: cancelled or postponed ("called off", "put off",
/// "decided not to visit", "unlikely … this year") outrank everything; a refused invitation stays a proposal; "is back on"
/// is planned; then the nearest strong cue (will, scheduled, set to → planned; proposed, invited, could, might, hopes →
/// proposed; met, held, visited, arrived, ended → held), then weak ones ("during the summit", "their first summit").
/// "since their first summit" is an earlier, held meeting.
/// </summary>
internal static class SummitTense
{
    private static readonly Dictionary<string, (SummitStatus Status, bool Strong)> Words = new(StringComparer.Ordinal)
    {
        ["cancelled"] = (SummitStatus.Cancelled, true), ["canceled"] = (SummitStatus.Cancelled, true), ["cancel"] = (SummitStatus.Cancelled, true),
        ["cancels"] = (SummitStatus.Cancelled, true), ["cancelling"] = (SummitStatus.Cancelled, true), ["canceling"] = (SummitStatus.Cancelled, true),
        ["cancellation"] = (SummitStatus.Cancelled, true), ["scrapped"] = (SummitStatus.Cancelled, true), ["scraps"] = (SummitStatus.Cancelled, true),
        ["scrap"] = (SummitStatus.Cancelled, true), ["scrapping"] = (SummitStatus.Cancelled, true), ["nixed"] = (SummitStatus.Cancelled, true),
        ["postponed"] = (SummitStatus.Postponed, true), ["postpone"] = (SummitStatus.Postponed, true), ["postpones"] = (SummitStatus.Postponed, true),
        ["postponing"] = (SummitStatus.Postponed, true), ["postponement"] = (SummitStatus.Postponed, true), ["delayed"] = (SummitStatus.Postponed, true),
        ["rescheduled"] = (SummitStatus.Postponed, true),
        ["will"] = (SummitStatus.Planned, true), ["ll"] = (SummitStatus.Planned, true), ["shall"] = (SummitStatus.Planned, true),
        ["scheduled"] = (SummitStatus.Planned, true), ["slated"] = (SummitStatus.Planned, true), ["planned"] = (SummitStatus.Planned, true),
        ["plans"] = (SummitStatus.Planned, true), ["planning"] = (SummitStatus.Planned, true), ["upcoming"] = (SummitStatus.Planned, true),
        ["forthcoming"] = (SummitStatus.Planned, true), ["anticipated"] = (SummitStatus.Planned, true), ["finalised"] = (SummitStatus.Planned, true), ["finalized"] = (SummitStatus.Planned, true), ["due"] = (SummitStatus.Planned, true),
        ["expected"] = (SummitStatus.Planned, true), ["preparing"] = (SummitStatus.Planned, true), ["prepare"] = (SummitStatus.Planned, true),
        ["proposed"] = (SummitStatus.Proposed, true), ["proposes"] = (SummitStatus.Proposed, true), ["propose"] = (SummitStatus.Proposed, true),
        ["proposal"] = (SummitStatus.Proposed, true), ["proposing"] = (SummitStatus.Proposed, true), ["suggested"] = (SummitStatus.Proposed, true),
        ["suggests"] = (SummitStatus.Proposed, true), ["suggest"] = (SummitStatus.Proposed, true), ["suggesting"] = (SummitStatus.Proposed, true),
        ["offered"] = (SummitStatus.Proposed, true), ["offer"] = (SummitStatus.Proposed, true), ["floated"] = (SummitStatus.Proposed, true),
        ["invited"] = (SummitStatus.Proposed, true), ["invites"] = (SummitStatus.Proposed, true), ["invite"] = (SummitStatus.Proposed, true),
        ["invitation"] = (SummitStatus.Proposed, true), ["inviting"] = (SummitStatus.Proposed, true), ["urged"] = (SummitStatus.Proposed, true),
        ["urges"] = (SummitStatus.Proposed, true), ["possibility"] = (SummitStatus.Proposed, true), ["possible"] = (SummitStatus.Proposed, true),
        ["potential"] = (SummitStatus.Proposed, true), ["prospect"] = (SummitStatus.Proposed, true), ["hopes"] = (SummitStatus.Proposed, true),
        ["hope"] = (SummitStatus.Proposed, true), ["hoping"] = (SummitStatus.Proposed, true), ["hoped"] = (SummitStatus.Proposed, true),
        ["wants"] = (SummitStatus.Proposed, true), ["want"] = (SummitStatus.Proposed, true), ["wanted"] = (SummitStatus.Proposed, true),
        ["seeks"] = (SummitStatus.Proposed, true), ["seek"] = (SummitStatus.Proposed, true), ["seeking"] = (SummitStatus.Proposed, true),
        ["considering"] = (SummitStatus.Proposed, true), ["consider"] = (SummitStatus.Proposed, true), ["exploring"] = (SummitStatus.Proposed, true),
        ["explore"] = (SummitStatus.Proposed, true), ["willing"] = (SummitStatus.Proposed, true), ["willingness"] = (SummitStatus.Proposed, true),
        ["intention"] = (SummitStatus.Proposed, true), ["intends"] = (SummitStatus.Proposed, true), ["could"] = (SummitStatus.Proposed, true),
        ["might"] = (SummitStatus.Proposed, true), ["may"] = (SummitStatus.Proposed, true), ["would"] = (SummitStatus.Proposed, true),
        ["whether"] = (SummitStatus.Proposed, false), ["pursuing"] = (SummitStatus.Proposed, true), ["pursue"] = (SummitStatus.Proposed, true),
        ["open"] = (SummitStatus.Proposed, false), ["ready"] = (SummitStatus.Proposed, false),
        ["met"] = (SummitStatus.Held, true), ["visited"] = (SummitStatus.Held, true), ["arrived"] = (SummitStatus.Held, true),
        ["hosted"] = (SummitStatus.Held, true), ["began"] = (SummitStatus.Held, true), ["begun"] = (SummitStatus.Held, true),
        ["ended"] = (SummitStatus.Held, true), ["concluded"] = (SummitStatus.Held, true), ["wrapped"] = (SummitStatus.Held, true),
        ["collapsed"] = (SummitStatus.Held, true), ["returned"] = (SummitStatus.Held, true), ["spent"] = (SummitStatus.Held, true),
        ["paid"] = (SummitStatus.Held, true), ["traveled"] = (SummitStatus.Held, true), ["travelled"] = (SummitStatus.Held, true),
        ["greeted"] = (SummitStatus.Held, true), ["walked"] = (SummitStatus.Held, true), ["joined"] = (SummitStatus.Held, true), ["welcomed"] = (SummitStatus.Held, true), ["signed"] = (SummitStatus.Held, false),
        ["during"] = (SummitStatus.Held, false), ["after"] = (SummitStatus.Held, false), ["first"] = (SummitStatus.Held, false),
        ["previous"] = (SummitStatus.Held, false), ["last"] = (SummitStatus.Held, false), ["was"] = (SummitStatus.Held, false),
        ["were"] = (SummitStatus.Held, false), ["had"] = (SummitStatus.Held, false), ["historic"] = (SummitStatus.Held, false),
        ["agreed"] = (SummitStatus.Planned, false), ["set"] = (SummitStatus.Planned, false), ["next"] = (SummitStatus.Planned, false),
    };

    private static readonly HashSet<string> TimeBounds = new(StringComparer.Ordinal) { "year", "month", "week", "end" };

    /// <summary>The status words of the meeting word at <paramref name="ti"/> in its clause [start, end); a word nearer another
    /// meeting word of the sentence (<paramref name="triggers"/>) is that one's ("The summit will come on the heels of a
    /// separate meeting … the previous day": "will" is the summit's).</summary>
    public static StatusCue Of(SummitSentence s, int ti, int start, int end, IReadOnlyList<int>? triggers = null, bool proposals = true)
    {
        var from = Math.Max(start, ti - 16);
        // Past twelve words only a cancellation or postponement still counts ("a visit by Kim … before the end of the year is unlikely").
        var to = Math.Min(end, ti + 36);
        // "their first talks since a 30-minute meeting in New York": an earlier meeting, held.
        for (var k = ti - 1; k >= start && k >= ti - 4; k--)
        {
            if (s.Norm(k) == "since") return new StatusCue(SummitStatus.Held, true, k, true, 2);
            if (s.Norm(k) is "and" or "held" or "hold" or "holding") break;
        }
        StatusCue best = StatusCue.None;
        var bestRank = 0;
        var bestDistance = int.MaxValue;
        for (var k = from; k < to; k++)
        {
            var (cue, rank) = CueAt(s, k, start, end);
            if (cue is null || s.InOtherRelativeClause(k, ti) || s.InQuote(k) != s.InQuote(ti)) continue;
            if (k > ti + 12 && rank < 5 || k > ti + 21 && rank == 5 && !RelativeBetween(s, ti, k)) continue;
            if (rank == 5 && s.Norm(k) is not ("unlikely" or "difficult" or "impossible" or "not" or "accepted" or "accepts" or "accept" or "accepting") && !OnMeeting(s, k, ti)) continue;
            if (cue is not { } c || !proposals && c.Status == SummitStatus.Proposed && rank < 4) continue;
            var distance = Math.Abs(k - ti) * 2 + (k > ti ? 1 : 0);
            if (rank < 5 && triggers is not null && !Premodifies(s, k, ti) && triggers.Any(o => o != ti && o != k && Math.Abs(k - o) < Math.Abs(k - ti) && !Adjacent(s, o, ti) && InClauseOf(s, o, k, triggers))) continue;
            if (rank < 5 && triggers is not null && PremodifiesOther(s, k, ti, triggers)) continue;
            if (rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                best = new StatusCue(c.Status, c.Strong, k, false, rank);
                (bestRank, bestDistance) = (rank, distance);
            }
        }
        // "is scheduled to depart for Beijing on Sunday for summit talks with Xi", "will visit Nara … and hold a meeting with
        // Takaichi": a meeting that is a journey's purpose, or done in the same breath, is in its state.
        if (best.Status is null && triggers is not null && PurposeOf(s, ti, start, triggers) is >= 0 and var journey)
        {
            var (js, je) = s.ClauseAround(journey, triggers);
            return Of(s, journey, js, je, triggers);
        }
        return best;
    }

    /// <summary>The meeting word before "for" whose purpose the meeting at <paramref name="ti"/> is ("depart for Beijing on
    /// Sunday for summit talks", "visit Pyongyang for a summit"), or whose verb "and" joins it to ("will visit Nara for two
    /// days and hold a meeting with Takaichi", "will visit Seoul and meet Yoon"), or -1.</summary>
    private static int PurposeOf(SummitSentence s, int ti, int start, IReadOnlyList<int> triggers)
    {
        var k = ti - 1;
        while (k >= start && (SummitWords.Modifiers.Contains(s.Norm(k)) || s.Norm(k) is "an" or "the" or "his" or "her" or "their")) k--;
        if (k >= start && s.Norm(k) is "hold" or "have" or "attend" && s.Norm(ti) is not ("meet" or "met" or "meets")) k--;
        if (k < start || s.Norm(k) is not ("for" or "and")) return -1;
        var journey = -1;
        foreach (var o in triggers)
            if (o < k && o >= start && k - o <= 12) journey = o;
        return journey;
    }

    /// <summary>The cue at token k and its rank: 6 "back on", 5 cancelled/postponed, 4 refusal, 2 strong, 1 weak.</summary>
    private static ((SummitStatus Status, bool Strong)? Cue, int Rank) CueAt(SummitSentence s, int k, int start, int end)
    {
        var n = s.Norm(k);
        var next = k + 1 < end ? s.Norm(k + 1) : "";
        if ((n is "called" or "call" or "calling" && next == "off") || (n is "pulled" or "pull" && next == "out")) return ((SummitStatus.Cancelled, true), 5);
        if ((n is "put" or "putting" && next == "off") || (n is "pushed" or "push" && next == "back") || (n == "on" && next == "hold" && k > start))
            return ((SummitStatus.Postponed, true), 5);
        // "decided not to visit", "not to visit Japan", "will not attend"
        if (n == "not" && (k == start || s.Norm(k - 1) is not ("could" or "did" or "does" or "do" or "would" or "can" or "may" or "might"))
            && ((next == "to" && Attendance(s.Norm(k + 2))) || Attendance(next) || (next is "be" && s.Norm(k + 2) is "held" or "attending")))
            return ((SummitStatus.Cancelled, true), 5);
        if (n is "unlikely" or "difficult" or "impossible" && TimeBound(s, start, end)) return ((SummitStatus.Postponed, true), 5);
        if (IsRefusal(s, k, end)) return ((SummitStatus.Proposed, true), 4);
        // "Putin had accepted the invitation": an invitation taken up is a plan.
        if (n is "accepted" or "accepts" or "accept" or "accepting" && InvitationAfter(s, k, end)) return ((SummitStatus.Planned, true), 5);
        // "is back on" undoes a cancellation reported beside it: it outranks even "cancelled".
        if (n == "back" && next == "on" && k > start && s.Norm(k - 1) is "is" or "s" or "was" or "be") return ((SummitStatus.Planned, true), 6);
        if (n == "held" || n == "hold" || n == "holds" || n == "meets" || n == "meet") return HeldOrHold(s, k, start);
        if (n == "took" && next == "place") return ((SummitStatus.Held, true), 2);
        // "next month's summit", "Sunday's meeting": a meeting with a day of its own is on the calendar.
        if (n is "next" && next is "month" or "week" or "year" && s.PossessiveAfter(k + 1)) return ((SummitStatus.Planned, true), 3);
        if (n == "to" && k == start + 1 && s.Norm(k + 1) is "hold" or "meet" or "visit" or "make") return ((SummitStatus.Planned, true), 2); // "Yoon, Xi to hold first summit"
        if (n == "set" && next is "to" or "for") return ((SummitStatus.Planned, true), 2);
        if (n is "has" or "have" && next is "met" or "held" or "visited") return ((SummitStatus.Held, true), 2);
        // "the Pyongyang summit agreement", "the summit declaration": a summit that produced a text took place.
        if (n is "agreement" or "declaration" or "accord" or "communique" && k > start && s.Norm(k - 1) is "summit" or "meeting") return ((SummitStatus.Held, false), 1);
        // "said Biden and Kishida would hold a summit": a future told in the past is a plan, not a maybe.
        if (n == "would" && ReportedBefore(s, k, start)) return ((SummitStatus.Planned, true), 2);
        if (!Words.TryGetValue(n, out var cue)) return (null, 0);
        if (cue.Status is SummitStatus.Cancelled or SummitStatus.Postponed) return Negated(s, k, start) ? (null, 0) : (cue, 5);
        if (n == "expected" && k > start && s.Norm(k - 1) is "than") return (null, 0); // "earlier than expected"
        if (n is "after" or "during" && !(next is "the" or "their" or "his" or "her" or "a")) return (null, 0);
        return (cue, cue.Strong ? 2 : 1);
    }

    /// <summary>"has not been postponed", "was never cancelled": a denial, not a cancellation.</summary>
    private static bool Negated(SummitSentence s, int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 3; j--)
            if (s.Norm(j) is "not" or "never" or "t" or "nt") return true;
        return false;
    }

    /// <summary>"was held", "held talks", "has held" → held; "will hold", "to hold", "hold their first summit" (present) → none here.</summary>
    private static ((SummitStatus Status, bool Strong)? Cue, int Rank) HeldOrHold(SummitSentence s, int k, int start)
    {
        var n = s.Norm(k);
        if (n != "held") return (null, 0);
        var prev = k > start ? s.Norm(k - 1) : "";
        if (prev is "be" or "being") return (null, 0); // "will be held", "to be held": the auxiliary decides
        return ((SummitStatus.Held, true), 2);
    }

    private static readonly HashSet<string> Passive = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "officially", "abruptly", "now", "indefinitely",
        "effectively", "reportedly", "also", "suddenly", "ultimately", "later", "since", "again", "s",
    };

    /// <summary>A cancellation or postponement is the meeting's only when it governs it: "canceled an upcoming June 12 summit",
    /// "cancelling their meeting", "their now-canceled summit", "the summit was postponed", "decided not to visit"; not
    /// "ended their summit and canceled a scheduled lunch", nor a threat ("threatened to scrap the summit").</summary>
    private static bool OnMeeting(SummitSentence s, int k, int ti)
    {
        var from = k;
        while (from - 1 >= s.First && s.Norm(from - 1) is "to" or "not" or "decided" or "decide") from--;
        if (from - 1 >= s.First && s.Norm(from - 1) is "threatened" or "threatening" or "threat" or "threatens" or "could" or "might" or "may" or "would"
            || from - 2 >= s.First && s.Norm(from - 2) is "threatened" or "threatening" or "threat" or "threatens") return false;
        if (k < ti) return ti - k <= 7 && !s.CommaBetween(k, ti);
        // "the summit between Trump and Kim in Hanoi was postponed": the meeting is the subject the verb's auxiliary follows.
        var aux = k - 1;
        while (aux > ti && Passive.Contains(s.Norm(aux)) && s.Norm(aux) is not ("was" or "were" or "is" or "are" or "been" or "be")) aux--;
        if (aux > ti && s.Norm(aux) is "was" or "were" or "is" or "are" or "been" or "be" && k - ti <= 30 && CommasOnlyAroundClauses(s, ti, aux)) return true;
        for (var j = ti + 1; j < k; j++)
            if (!Passive.Contains(s.Norm(j)) && !SummitWords.Modifiers.Contains(s.Norm(j))) return false;
        return k - ti <= 6;
    }

    private static bool ReportedBefore(SummitSentence s, int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 8; j--)
            if (s.Norm(j) is "said" or "told" or "announced" or "confirmed" or "added" or "stated") return true;
        return false;
    }

    /// <summary>A relative clause stands between the meeting word and token <paramref name="k"/>.</summary>
    private static bool RelativeBetween(SummitSentence s, int ti, int k)
    {
        for (var j = ti + 1; j < k; j++)
            if (s.RelativeClauseAt(j) is { } r && r.Open > ti && r.Close < k) return true;
        return false;
    }

    /// <summary>Between the meeting word and its verb only its complements and relative clauses ("Lee's first summit with
    /// Trump, which had been expected …, was called off"), no other clause.</summary>
    private static bool CommasOnlyAroundClauses(SummitSentence s, int ti, int aux)
    {
        var words = 0;
        for (var j = ti; j < aux; j++)
        {
            if (s.RelativeClauseAt(j + 1) is { } r && r.Open > ti && r.Close < aux) continue;
            words++;
            if (s.CommaAfter(j) && j + 1 != aux) return false;
        }
        return words <= 16;
    }

    /// <summary>True when token <paramref name="k"/> lies in the clause of the meeting word <paramref name="o"/>.</summary>
    private static bool InClauseOf(SummitSentence s, int o, int k, IReadOnlyList<int> triggers)
    {
        var (start, end) = s.ClauseAround(o, triggers);
        return k >= start && k < end;
    }

    /// <summary>"expectations that the upcoming Asia-Pacific Economic Cooperation (APEC) summit": a word opening another meeting
    /// word's noun phrase (only names and modifiers between) is that one's.</summary>
    private static bool PremodifiesOther(SummitSentence s, int k, int ti, IReadOnlyList<int> triggers)
    {
        foreach (var o in triggers)
            if (o != ti && !(ti > k && ti < o) && Premodifies(s, k, o)) return true;
        return false;
    }

    /// <summary>Token <paramref name="k"/> opens the noun phrase of the meeting word <paramref name="o"/> ("the upcoming APEC summit").</summary>
    private static bool Premodifies(SummitSentence s, int k, int o)
    {
        if (o <= k || o - k > 9) return false;
        for (var j = k + 1; j < o; j++)
            if (!(s.Tokens[j].Capitalized || s.Tokens[j].AllUpper || SummitWords.Modifiers.Contains(s.Norm(j)))) return false;
        return true;
    }

    /// <summary>"summit talks", "state visit": two meeting words of one noun phrase share their cues.</summary>
    private static bool Adjacent(SummitSentence s, int a, int b) => Math.Abs(a - b) == 1;

    private static bool Attendance(string word) => word is "visit" or "attend" or "meet" or "travel" or "go" or "come" or "hold" or "take";

    /// <summary>"this year", "before the end of the year": a time limit in the clause that a doubt ("unlikely") postpones past.</summary>
    private static bool TimeBound(SummitSentence s, int start, int end)
    {
        for (var j = start + 1; j < end; j++)
            if (TimeBounds.Contains(s.Norm(j)) && s.Norm(j - 1) is "this" or "the" or "of") return true;
        return false;
    }

    /// <summary>"accepted the invitation", "accepted an invitation to visit", "accepted Kim's invitation".</summary>
    private static bool InvitationAfter(SummitSentence s, int k, int end)
    {
        for (var j = k + 1; j < end && j <= k + 4; j++)
            if (s.Norm(j) is "invitation" or "invitations" or "offer" or "proposal") return true;
        return false;
    }

    /// <summary>"turned down the invitation", "rejected the offer": a refusal of something offered.</summary>
    private static bool IsRefusal(SummitSentence s, int k, int end)
    {
        var n = s.Norm(k);
        var verb = n is "rejected" or "declined" or "refused" or "rebuffed" or "spurned" ? k
            : n is "turned" or "turn" or "turns" or "turning" && s.Norm(k + 1) == "down" ? k + 1 : -1;
        if (verb < 0) return false;
        for (var j = verb + 1; j < end && j <= verb + 6; j++)
            if (s.Norm(j) is "invitation" or "invitations" or "offer" or "offers" or "proposal" or "proposals" or "overture" or "overtures") return true;
        return false;
    }
}
