namespace DiplomacyTracker.Analysis;

/// <summary>The words that say what state a summit is in, and the words that name one.</summary>
internal static class SummitCues
{
    /// <summary>Strong cues decide; weak ones (a past-tense "was", a modal "could") only when nothing strong is near.</summary>
    private static readonly Dictionary<string, (SummitStatus Status, bool Strong)> Words = new(StringComparer.Ordinal)
    {
        ["cancelled"] = (SummitStatus.Cancelled, true), ["canceled"] = (SummitStatus.Cancelled, true), ["scrapped"] = (SummitStatus.Cancelled, true),
        ["postponed"] = (SummitStatus.Postponed, true), ["postpone"] = (SummitStatus.Postponed, true), ["postponing"] = (SummitStatus.Postponed, true),
        ["scrapping"] = (SummitStatus.Cancelled, true), ["paid"] = (SummitStatus.Held, true), ["arrived"] = (SummitStatus.Held, true),
        ["adopted"] = (SummitStatus.Held, false), ["delayed"] = (SummitStatus.Postponed, true), ["rescheduled"] = (SummitStatus.Postponed, true),
        ["collapsed"] = (SummitStatus.Held, true), ["ended"] = (SummitStatus.Held, true), ["met"] = (SummitStatus.Held, true),
        ["materialized"] = (SummitStatus.Held, true), ["hosted"] = (SummitStatus.Held, true), ["returned"] = (SummitStatus.Held, true), ["joined"] = (SummitStatus.Held, false), ["concluded"] = (SummitStatus.Held, true), ["wrapped"] = (SummitStatus.Held, true), ["took"] = (SummitStatus.Held, true),
        ["historic"] = (SummitStatus.Held, false), ["during"] = (SummitStatus.Held, false), ["first"] = (SummitStatus.Held, false),
        ["was"] = (SummitStatus.Held, false), ["were"] = (SummitStatus.Held, false), ["agreed"] = (SummitStatus.Held, false),
        ["showed"] = (SummitStatus.Held, false), ["produced"] = (SummitStatus.Held, false), ["yielded"] = (SummitStatus.Held, false),
        ["signed"] = (SummitStatus.Held, false), ["previous"] = (SummitStatus.Held, false), ["last"] = (SummitStatus.Held, false),
        ["scheduled"] = (SummitStatus.Planned, true), ["upcoming"] = (SummitStatus.Planned, true), ["slated"] = (SummitStatus.Planned, true),
        ["planned"] = (SummitStatus.Planned, true), ["will"] = (SummitStatus.Planned, true), ["attend"] = (SummitStatus.Planned, true),
        ["host"] = (SummitStatus.Planned, true), ["hosting"] = (SummitStatus.Planned, true), ["next"] = (SummitStatus.Planned, false),
        ["expected"] = (SummitStatus.Planned, false), ["set"] = (SummitStatus.Planned, false),
        ["proposed"] = (SummitStatus.Proposed, true), ["proposal"] = (SummitStatus.Proposed, true), ["proposes"] = (SummitStatus.Proposed, true),
        ["floated"] = (SummitStatus.Proposed, true), ["invited"] = (SummitStatus.Proposed, true), ["invitation"] = (SummitStatus.Proposed, true), ["inviting"] = (SummitStatus.Proposed, true),
        ["possibility"] = (SummitStatus.Proposed, true), ["potential"] = (SummitStatus.Proposed, true), ["possible"] = (SummitStatus.Proposed, true),
        ["exploring"] = (SummitStatus.Proposed, true), ["considering"] = (SummitStatus.Proposed, true), ["discussing"] = (SummitStatus.Proposed, true),
        ["discusses"] = (SummitStatus.Proposed, true), ["suggested"] = (SummitStatus.Proposed, true), ["offered"] = (SummitStatus.Proposed, true),
        ["could"] = (SummitStatus.Proposed, false), ["may"] = (SummitStatus.Proposed, false), ["might"] = (SummitStatus.Proposed, false),
        ["would"] = (SummitStatus.Proposed, false),
    };

    /// <summary>"turned down", "rejected", "declined": a refused invitation or offer is still only a proposal, whatever
    /// "attend" or "will" says about it, so a refusal outranks the other cues (like cancelled/postponed).
    /// Only a refusal of something offered counts ("declined to say whether Kim would visit Tianjin" is not one).</summary>
    public static bool IsRefusal(IReadOnlyList<Token> tokens, int k, int last)
    {
        var verb = tokens[k].Norm is "rejected" or "declined" or "refused" or "rebuffed" or "spurned" ? k
            : tokens[k].Norm is "turned" or "turn" or "turns" or "turning" && k + 1 < last && tokens[k + 1].Norm == "down" ? k + 1 : -1;
        if (verb < 0) return false;
        for (var j = verb + 1; j < last && j <= verb + 8; j++)
            if (tokens[j].Norm is "invitation" or "invitations" or "offer" or "offers" or "proposal" or "proposals" or "overture" or "overtures" or "request") return true;
        return false;
    }

    /// <summary>Named multilateral meetings: the token and how to title it.</summary>
    public static readonly Dictionary<string, string> Multilateral = new(StringComparer.Ordinal)
    {
        ["apec"] = "APEC", ["g7"] = "G7", ["g20"] = "G20", ["asean"] = "ASEAN", ["nato"] = "NATO", ["brics"] = "BRICS", ["sco"] = "SCO", ["quad"] = "Quad",
    };

    /// <summary>Words that may end an outcome clause's head ("ended abruptly without an agreement").</summary>
    public static readonly HashSet<string> OutcomeWords = new(StringComparer.Ordinal) { "collapsed", "ended", "concluded", "produced", "yielded", "broke" };

    /// <summary>Two-word cues: "called off" → Cancelled, "pushed back" / "put off" → Postponed.</summary>
    public static SummitStatus? Phrase(string word, string next) => (word, next) switch
    {
        ("called" or "calling" or "call", "off") => SummitStatus.Cancelled,
        ("pushed" or "push" or "pushing" or "put", "back") or ("put" or "putting", "off") => SummitStatus.Postponed,
        _ => null,
    };

    public static (SummitStatus Status, bool Strong)? Lookup(string norm) => Words.TryGetValue(norm, out var v) ? v : null;

    /// <summary>"held" is past only after an auxiliary or a name and before an object ("was held", "Kim Jong-un held talks"), not in "potentially held".</summary>
    public static bool IsPastHeld(IReadOnlyList<Token> tokens, int i, int first, Func<int, bool>? endsName = null)
    {
        if (tokens[i].Norm != "held" || i <= first) return false;
        var s = i - 1; // "Yoon also held a summit": an adverb may stand between the name and the verb
        if (s > first && tokens[s].Norm is "also" or "then" or "later" or "first" or "previously" or "briefly" or "separately") s--;
        if (tokens[s].Norm == "and" && i + 1 < tokens.Count && (tokens[i + 1].Norm is "a" or "talks" or "their" || TalksSoonAfter(tokens, i))) return true; // "visited Tokyo and held a summit"
        return tokens[s].Norm is "was" or "were" or "been" or "had" or "they" or "leaders" or "sides"
            || ((tokens[s].Capitalized || endsName?.Invoke(s) == true || AfterRelativeClause(tokens, i, first)) && i + 1 < tokens.Count
                && (tokens[i + 1].Norm is "their" or "a" or "talks" or "the" || TalksSoonAfter(tokens, i))); // "held more than two hours of talks"
    }

    private static bool TalksSoonAfter(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 6; k++)
            if (tokens[k].Norm is "talks" or "summit" or "meeting") return true;
        return false;
    }

    /// <summary>"Kim, who stood beside Putin at the parade, held a summit": the verb comes back after a "who …" clause.</summary>
    private static bool AfterRelativeClause(IReadOnlyList<Token> tokens, int i, int first)
    {
        for (var k = i - 1; k >= first && k >= i - 16; k--)
            if (tokens[k].Norm == "who") return true;
        return false;
    }
}
