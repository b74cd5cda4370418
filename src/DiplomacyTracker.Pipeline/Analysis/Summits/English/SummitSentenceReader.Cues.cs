using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>The status words near a trigger and the date phrases that date something else (a report, a refusal, a range's end).</summary>
internal static partial class SummitSentenceReader
{
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>"from Sunday to Wednesday": the second day ends a range; it never starts a summit on its own.</summary>
    private static bool EndsRange(IReadOnlyList<Token> tokens, int at, int first) =>
        at - 2 >= first && tokens[at - 1].Norm is "to" or "through" or "until" or "till" && Weekdays.Contains(tokens[at - 2].Norm) && Weekdays.Contains(tokens[at].Norm);

    /// <summary>"joined Biden and Ishiba for a trilateral summit", "hosted Trump for a summit", "invited Yoon Suk Yeol and Fumio
    /// Kishida to Washington for a summit": the past verb whose object the summit completes, up to 18 words back in the same
    /// clause (no comma, no other summit word between), else -1.</summary>
    private static int HostOrJoinBefore(AnalysedDocument doc, int ti, int first, List<int> triggers)
    {
        var tokens = doc.Tokens;
        for (var k = ti - 1; k >= first && k >= ti - 18; k--)
        {
            if (triggers.Contains(k) || CommaBetween(doc, k, k + 1)) return -1;
            if (tokens[k].Norm is "joined" or "hosted" or "invited") return k;
        }
        return -1;
    }

    /// <summary>"said Wednesday", "confirmed on Wednesday": a day right after a reporting verb dates the report.</summary>
    private static bool DatesReport(IReadOnlyList<Token> tokens, int at, int first)
    {
        var k = at - 1;
        if (k >= first && tokens[k].Norm == "on") k--;
        return k >= first && (ReportingVerbs.Lookup(tokens[k].Norm) is not null || tokens[k].Norm is "confirmed" or "announced" or "reported");
    }

    /// <summary>The refusal whose object holds the trigger ("turned down Moon's invitation for Kim to attend a summit":
    /// before it, in the same clause, no comma between), else -1.</summary>
    private static int RefusalBefore(AnalysedDocument doc, int first, int ti, int last)
    {
        for (var k = ti - 1; k >= first && !CommaBetween(doc, k, ti); k--)
            if (SummitCues.IsRefusal(doc.Tokens, k, last)) return k;
        return -1;
    }

    private static (SummitStatus? Status, bool Strong, int Index) StatusNear(IReadOnlyList<Token> tokens, int ti, int first, int last, Func<int, bool> nearest, Func<int, bool> endsName)
    {
        // Cancelled/postponed outrank everything ("the planned summit was cancelled"), then strong cues, then weak ones; nearest first.
        static int Priority(SummitStatus status, bool strong) => status is SummitStatus.Cancelled or SummitStatus.Postponed ? 3 : strong ? 2 : 1;
        (SummitStatus? Status, bool Strong, int Index, int Distance, int Priority) best = (null, false, -1, int.MaxValue, 0);
        for (var k = Math.Max(first, ti - Window); k < Math.Min(last, ti + Window + 5); k++)
        {
            var cue = SummitCues.IsRefusal(tokens, k, last) ? (SummitStatus.Proposed, true)
                : SummitCues.IsPastHeld(tokens, k, first, endsName) ? (SummitStatus.Held, true)
                : k + 1 < last && SummitCues.Phrase(tokens[k].Norm, tokens[k + 1].Norm) is { } phrase ? (phrase, true)
                : SummitCues.Lookup(tokens[k].Norm);
            if (cue is not { } c) continue;
            var priority = SummitCues.IsRefusal(tokens, k, last) ? 3 : Priority(c.Status, c.Strong);
            if (priority < 3 && !nearest(k) && !(c.Strong && k > ti + Window && k <= ti + Window + 4)) continue;
            if (priority < 2 && k > ti + Window) continue; // past the window only strong cues count ("The summit between A and B ended")
            if (tokens[k].Norm == "took" && (k + 1 >= last || tokens[k + 1].Norm != "place")) continue;
            if (tokens[k].Norm == "set" && k + 1 < last && tokens[k + 1].Norm is "up" or "out" or "off") continue; // "agreeing to set up a group"
            var distance = Math.Abs(k - ti);
            if (priority > best.Priority || (priority == best.Priority && distance < best.Distance)) best = (c.Status, c.Strong, k, distance, priority);
        }
        // "accepted an invitation to visit": an accepted proposal is planned.
        if (best.Status == SummitStatus.Proposed && best.Index >= 0 && tokens[best.Index].Norm is "invitation" or "invited")
            for (var k = Math.Max(first, best.Index - 4); k < best.Index; k++)
                if (tokens[k].Norm is "accepted" or "accepts") return (SummitStatus.Planned, true, k);
        // "Kim had invited Putin to visit North Korea … and Putin had accepted the invitation": accepted later in the sentence.
        if (best.Status == SummitStatus.Proposed && best.Index >= 0 && tokens[best.Index].Norm is "invitation" or "invited" or "inviting")
            for (var k = best.Index + 1; k + 1 < last; k++)
                if (tokens[k].Norm is "accepted" or "accepts" && (tokens[k + 1].Norm is "invitation" or "offer"
                    || (k + 2 < last && tokens[k + 1].Norm is "the" or "an" or "his" or "her" or "that" && tokens[k + 2].Norm is "invitation" or "offer")))
                    return (SummitStatus.Planned, true, k);
        return (best.Status, best.Strong, best.Index);
    }
}
