namespace DiplomacyTracker.Analysis;

/// <summary>
/// "The two leaders last met in Bali", "The three leaders last met in Hiroshima in May", "They last met in Hanoi": a
/// "met" whose subject names nobody refers back to the group of an earlier summit in the article. The group is the
/// latest summit (not a multilateral one) with as many participants as the subject counts; a bare "the leaders" or
/// "they" takes the latest summit of two or more.
/// </summary>
internal static class GroupSubject
{
    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal) { ["two"] = 2, ["both"] = 2, ["three"] = 3 };

    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "leaders", "presidents", "men", "heads" };

    /// <summary>How many people the subject of the object-less "met" at <paramref name="ti"/> counts (0: unsaid), or null
    /// when the subject is not such a group.</summary>
    public static int? Size(IReadOnlyList<Token> tokens, int ti, int first, int last)
    {
        if (tokens[ti].Norm is not ("met" or "meet") || ti + 1 >= last || !JointSubject.FollowsObjectless(tokens[ti + 1].Norm)) return null;
        var k = ti - 1;
        while (k >= first && JointSubject.IsAdverb(tokens[k].Norm)) k--;
        if (k < first) return null;
        if (tokens[k].Norm == "they" && k == first) return 0;
        // "The leaders of the three countries last met as a group": the count sits after "of the".
        if (k - 3 >= first && tokens[k].Norm is "countries" or "nations" && tokens[k - 2].Norm == "the" && tokens[k - 3].Norm == "of"
            && k - 4 >= first && tokens[k - 4].Norm == "leaders" && Counts.TryGetValue(tokens[k - 1].Norm, out var byCountry)) return byCountry;
        if (!Nouns.Contains(tokens[k].Norm)) return null;
        if (k - 1 >= first && Counts.TryGetValue(tokens[k - 1].Norm, out var n)) return n;
        return k - 1 >= first && tokens[k - 1].Norm == "the" && k - 1 == first ? 0 : null;
    }

    /// <summary>The participants of the latest earlier summit of the group's size, else null.</summary>
    public static List<string>? Resolve(List<SummitCandidate> earlier, int size, int before)
    {
        var group = earlier.LastOrDefault(c => !c.Multilateral && c.EvidenceStart < before
            && (size == 0 ? c.Participants.Count >= 2 : c.Participants.Count == size));
        return group?.Participants.ToList();
    }
}
