namespace DiplomacyTracker.Analysis;

/// <summary>
/// A meeting put off or called off in a later clause that names it only by a pronoun or a plain noun ("Xi agreed to make a
/// trip to South Korea …, but it has been postponed", "… the plan was put off indefinitely", "The trip was later called
/// off"): a partial report whose status completes the summit reported just before it (<see cref="SummitMerger"/>). A
/// speculation ("could be further delayed"), a denial ("has not been postponed") or a threat is no such report.
/// </summary>
internal sealed class EnglishStatusFollowUpSieve : ISieve<SummitCandidate>
{
    public string Name => "english.status-follow-up";

    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "plan", "plans", "trip", "visit", "summit", "meeting", "talks", "event",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "this", "that", "their", "his", "her", "its" };

    /// <summary>Auxiliaries and adverbs between the subject and its verb ("has since been", "was abruptly").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "have", "had", "been", "now", "since", "also", "later", "abruptly", "suddenly", "officially",
        "eventually", "ultimately", "effectively", "reportedly", "again", "then", "indefinitely", "s",
    };

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var sentence = doc.Sentences[n];
            if (sentence.End - sentence.Start > 1500) continue;
            var s = new SummitSentence(doc, n);
            for (var k = s.First; k < s.Last; k++)
            {
                if (s.InQuote(k) || Read(s, k) is not { } found) continue;
                board.Add(Partial(s, k, found.Status, found.Rule), n, found.Rule);
            }
        }
    }

    /// <summary>The status the clause opening with the subject at <paramref name="k"/> gives, or null.</summary>
    internal static (SummitStatus Status, string Rule)? Read(SummitSentence s, int k)
    {
        var word = s.Norm(k);
        string rule;
        if (word == "it")
        {
            // "…, but it has been postponed": "it" opens a clause.
            if (k > s.First && !(s.CommaAfter(k - 1) || s.Norm(k - 1) is "but" or "and" or "yet" or "so")) return null;
            rule = "pronoun";
        }
        else if (Nouns.Contains(word) && k - 1 >= s.First && Determiners.Contains(s.Norm(k - 1)))
        {
            // "the planned summit", "the trip" opening a clause; not "the plan to …" (the verb is the plan's complement).
            if (s.Norm(k + 1) is "to" or "of" or "for" or "with" or "between" or "by") return null;
            rule = "noun";
        }
        else return null;
        var v = k + 1;
        while (v < s.Last && v <= k + 5 && Between.Contains(s.Norm(v))) v++;
        if (v == k + 1 && word != "it" && s.Norm(v) is not ("postponed" or "delayed")) return null; // "the summit postponed" only as a headline
        return Verb(s, v) is { } status ? (status, rule) : null;
    }

    private static SummitStatus? Verb(SummitSentence s, int v)
    {
        var (n, next) = (s.Norm(v), s.Norm(v + 1));
        if (n is "postponed" or "delayed" or "rescheduled" or "shelved" || n is "put" && next == "off" || n is "pushed" && next == "back"
            || n is "put" && next == "on" && s.Norm(v + 2) == "hold")
            return SummitStatus.Postponed;
        if (n is "cancelled" or "canceled" or "scrapped" or "scuttled" || n is "called" && next == "off") return SummitStatus.Cancelled;
        return null;
    }

    private static SummitCandidate Partial(SummitSentence s, int k, SummitStatus status, string rule) =>
        new("Summit", null, null, null, status, true, null, [], false, s.Sentence.Start, s.Sentence.End)
        {
            Partial = true, StatusFollowUp = true, TriggerIndex = k, Rule = rule, StatusRank = 5,
        };
}
