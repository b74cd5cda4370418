namespace DiplomacyTracker.Analysis;

/// <summary>What kind of word opens a meeting report.</summary>
internal enum TriggerKind
{
    /// <summary>"summit", "summit talks", "meeting", "talks with", "a trilateral".</summary>
    Noun,
    /// <summary>"met", "will meet", "meets with".</summary>
    Meet,
    /// <summary>"visit", "state visit", "trip to", "travelled to", "arrived in", "depart for".</summary>
    Visit,
    /// <summary>"hosted", "will host".</summary>
    Host,
    /// <summary>"invited X to visit", "invitation to Pyongyang", "urged X to attend".</summary>
    Invitation,
}

/// <summary>A meeting word in a sentence; <see cref="Gathering"/> names a multilateral summit ("APEC", "NATO Summit").</summary>
internal sealed record Trigger(int Index, TriggerKind Kind, string? Gathering);

/// <summary>The words that open a meeting report, outside quotes: meeting nouns, "meet", visits, hosting and invitations.</summary>
internal static class SummitTriggers
{
    private static readonly HashSet<string> MotionVerbs = new(StringComparer.Ordinal)
    {
        "travel", "travels", "traveled", "travelled", "traveling", "travelling", "arrive", "arrives", "arrived", "arriving",
        "depart", "departs", "departed", "departing", "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading",
    };

    private static readonly HashSet<string> NotMeetings = new(StringComparer.Ordinal)
    {
        // "denuclearization talks", "six-party talks": talks of envoys or negotiators, not a meeting of leaders.
        "military", "working", "level", "party", "denuclearization", "nuclear", "trade", "peace", "disarmament", "arms", "border",
        "family", "board", "cabinet", "council", "committee", "ministerial", "ministers", "minister", "envoys", "staff", "press",
    };

    public static List<Trigger> In(SummitSentence s)
    {
        var found = new List<Trigger>();
        for (var i = s.First; i < s.Last; i++)
        {
            if (s.InQuote(i)) continue;
            var kind = KindAt(s, i);
            if (kind is null) continue;
            found.Add(new Trigger(i, kind.Value, kind == TriggerKind.Noun ? Gatherings.Before(s, i) ?? Gatherings.WrittenOut(s, i) : null));
        }
        return found;
    }

    private static TriggerKind? KindAt(SummitSentence s, int i)
    {
        var norm = s.Norm(i);
        var prev = s.Norm(i - 1);
        var next = s.Norm(i + 1);
        switch (norm)
        {
            case "summit":
                if (prev is "pre" or "no" || next is "s") return null;
                return TriggerKind.Noun;
            case "meeting":
                if (prev is "no" || next is "point" or "room" or "place") return null;
                return TriggerKind.Noun;
            case "forum" or "conference":
                return Gatherings.Before(s, i) is not null ? TriggerKind.Noun : null; // "the APEC forum"
            case "meetings" or "summits":
                // "bilateral meetings with Li and Kishida", "separate summits with Biden and Kishida": one with each.
                return prev is "bilateral" or "separate" ? TriggerKind.Noun : null;
            case "talks":
                // "summit talks", "talks with Xi", "held talks", "their talks"; not "six-party talks" or "military talks".
                if (NotMeetings.Contains(prev) || prev is "no") return null;
                return prev is "summit" or "their" or "the" || next is "with" or "between" || HeldBefore(s, i) ? TriggerKind.Noun : null;
            case "trilateral" or "bilateral":
                // "Biden's Trilateral with Yoon", "a bilateral on the sidelines": the adjective used as a noun.
                return next is "summit" or "meeting" or "meetings" or "talks" or "relations" or "ties" or "cooperation" or "alliance" or "security"
                    or "trade" or "issues" or "exercises" or "dialogue" or "consultations" || next.Length == 0 ? null : next is "with" or "on" or "in" or "at" ? TriggerKind.Noun : null;
            case "met" or "meet" or "meets":
                return TriggerKind.Meet;
            case "hands":
                // "Trump shakes hands with Kim Jong Un in Hanoi" (a photo caption): leaders shaking hands meet.
                return prev is "shakes" or "shook" or "shake" or "shaking" && next == "with" ? TriggerKind.Meet : null;
            case "visit" or "visits" or "visited" or "visiting" or "trip" or "tour":
                return TriggerKind.Visit;
            case "host" or "hosts" or "hosted" or "hosting":
                return next.Length > 0 && s.MentionStartingAt(i + 1) is not null ? TriggerKind.Host : null;
            case "invited" or "invite" or "invites" or "inviting" or "invitation" or "urged" or "urges":
                return TriggerKind.Invitation;
        }
        if (MotionVerbs.Contains(norm) && next is "to" or "in" or "for") return TriggerKind.Visit;
        return null;
    }

    /// <summary>"held talks", "held more than two hours of talks", "hold their first face-to-face talks".</summary>
    private static bool HeldBefore(SummitSentence s, int i)
    {
        for (var k = i - 1; k >= s.First && k >= i - 6; k--)
        {
            if (s.Norm(k) is "held" or "hold" or "holding" or "holds" or "have" or "had") return true;
            if (s.Norm(k) is "and" or "but" or "after" or "before" or "that") return false;
        }
        return false;
    }
}
