namespace DiplomacyTracker.Analysis;

/// <summary>
/// "Moon and Abe met for 45 minutes in Chengdu", "Trump and Kim last met at Panmunjom": a "met" with no object is a
/// summit only when its subject is two named people joined by "and" (a "who …" clause may follow the first);
/// "the foreign ministers of South Korea and Japan met in Tokyo" names nobody and stays out.
/// </summary>
internal static class JointSubject
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "last", "first", "finally", "briefly", "also", "had", "have", "previously", "then", "later", "most", "recently" };

    /// <summary>What may follow an object-less "met": a preposition, an adverb or a duration.</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal) { "for", "at", "in", "on", "briefly", "privately", "again", "behind", "inside", "as" };

    /// <summary>True for a word that may follow an object-less "met" ("in", "at", "briefly").</summary>
    public static bool FollowsObjectless(string norm) => After.Contains(norm);

    /// <summary>True for an adverb allowed between a subject and "met" ("last", "first", "also").</summary>
    public static bool IsAdverb(string norm) => Adverbs.Contains(norm);

    /// <summary>The two people whose "met" at <paramref name="ti"/> has no object, else null.</summary>
    public static List<string>? Before(AnalysedDocument doc, int ti, int first, int last)
    {
        var tokens = doc.Tokens;
        if (tokens[ti].Norm is not ("met" or "meet") || ti + 1 >= last || !After.Contains(tokens[ti + 1].Norm)) return null;
        var k = ti - 1;
        while (k >= first && Adverbs.Contains(tokens[k].Norm)) k--;
        var named = doc.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[first].Start)).TakeWhile(m => m.End <= tokens[ti].Start).ToList();
        var resolved = SummitParties.AtTheTable(doc, named).ToList();
        if (k < first || PersonEndingAt(resolved, tokens[k].End) is not { } second) return null;
        var titled = TokenIndex.FirstAtOrAfter(tokens, second.TitleStart);
        var and = titled - 1;
        while (and > first && and > titled - 4 && tokens[and].Norm != "and") and--; // "and Japanese Prime Minister Shinzo Abe"
        if (and <= first || tokens[and].Norm != "and") return null;
        for (var j = and - 1; j >= first && j >= and - 10; j--)
        {
            if (PersonEndingAt(resolved, tokens[j].End) is not { } one) continue;
            var adjoining = j == and - 1 || (tokens[j + 1].Norm == "who" && doc.Text.AsSpan(tokens[and - 1].End, tokens[and].Start - tokens[and - 1].End).Contains(','));
            if (!adjoining) return null;
            var keys = new List<string> { one.Actor!.Key, second.Actor!.Key };
            // "Moon Jae-in, Donald Trump and Kim Jong-un met": the list goes on back through commas.
            for (var before = TokenIndex.FirstAtOrAfter(tokens, one.TitleStart) - 1; before >= first;)
            {
                var gap = doc.Text.AsSpan(tokens[before].End, tokens[before + 1].Start - tokens[before].End);
                if (!gap.Contains(',') || PersonEndingAt(resolved, tokens[before].End) is not { } earlier) break;
                keys.Insert(0, earlier.Actor!.Key);
                before = TokenIndex.FirstAtOrAfter(tokens, earlier.TitleStart) - 1;
            }
            return keys.Distinct().Count() == keys.Count ? keys : null;
        }
        return null;
    }

    private static Mention? PersonEndingAt(List<Mention> mentions, int end)
    {
        var m = mentions.FirstOrDefault(x => x.End == end);
        return m is { Actor.Kind: ActorKind.Person, NotSubject: false } ? m : null;
    }
}
