namespace DiplomacyTracker.Analysis;

/// <summary>
/// Documents and news outlets written where a speaker stands. "The Blue House statement", "a Wall Street Journal report",
/// "the Yomiuri report", "Kim's letter" name their author, so they are mentions of that author; "a new United Nations
/// report" is a document of its own ("UN report", kind document); "the indictment" names itself; "the report", "the filing"
/// and "the newspaper" point back to the last document or outlet of their kind named before. "The Times" is an outlet
/// only when written so. A report nobody is named for ("a report said") stays nobody's.
/// </summary>
internal static class DocumentSources
{
    /// <summary>Document nouns and the family a bare "the …" of them points back to.</summary>
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["report"] = "report", ["indictment"] = "indictment", ["filing"] = "indictment", ["complaint"] = "indictment",
        ["letter"] = "letter", ["statement"] = "statement", ["study"] = "report",
    };

    /// <summary>Documents named by their kind alone, without an author ("according to the indictment").</summary>
    private static readonly HashSet<string> SelfNamed = new(StringComparer.Ordinal) { "indictment" };

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "new", "latest", "recent", "confidential", "annual", "final", "leaked", "separate", "written", "official", "full",
        "unsealed", "federal", "internal", "draft", "detailed", "midterm", "earlier", "previous",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "this", "that" };

    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal) { "newspaper", "paper", "daily" };

    public static void Find(string text, List<Token> tokens, List<Mention> mentions, bool[] covered, Func<int, bool> notSubject)
    {
        if (tokens.Count == 0 || tokens.Count(t => t.Hangul) * 4 > tokens.Count) return;
        TheTimes(text, tokens, mentions, covered, notSubject);
        var documents = new List<(string Family, CatalogActor Actor)>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (covered[i] || tokens[i].Capitalized) continue;
            if (OutletNouns.Contains(tokens[i].Norm) && tokens[i - 1].Norm == "the" && LastBefore(mentions, tokens[i].Start, ActorKind.Media) is { } outlet)
            {
                covered[i] = true;
                mentions.Add(new Mention(tokens[i].Start, tokens[i].End, tokens[i - 1].Start, null, MentionForm.Surname, [outlet], notSubject(i)));
                continue;
            }
            if (!Families.TryGetValue(tokens[i].Norm, out var family)) continue;
            var owner = OwnerBefore(text, tokens, mentions, i);
            var nameStart = owner is null ? i : TokenIndex.FirstAtOrAfter(tokens, owner.TitleStart);
            var first = nameStart;
            while (first > 0 && first > nameStart - 3 && Adjectives.Contains(tokens[first - 1].Norm)) first--;
            var determiner = first > 0 && Determiners.Contains(tokens[first - 1].Norm) ? tokens[first - 1].Norm : null;
            var titleIndex = determiner is null ? first : first - 1;
            CatalogActor? actor;
            if (owner?.Actor is { } o) actor = o.Key == "un-united-nations" ? Document("UN " + tokens[i].Norm, "UN") : o;
            else if (owner is not null) continue;
            else actor = OutletAfter(tokens, mentions, i) ?? (determiner == "the" ? Antecedent(documents, family) : null)
                ?? (SelfNamed.Contains(tokens[i].Norm) && determiner is "the" or "an" ? Document(tokens[i].Norm, null) : null);
            if (actor is null) continue;
            if (owner is not null) mentions.Remove(owner);
            for (var k = nameStart; k <= i; k++) covered[k] = true;
            mentions.Add(new Mention(tokens[nameStart].Start, tokens[i].End, tokens[titleIndex].Start, null, owner is null ? MentionForm.Surname : MentionForm.FullName, [actor], notSubject(i)));
            documents.Add((family, actor));
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>What "the report" points back to: the one author of that family's documents so far, an organisation's own
    /// document before a news outlet's story ("a report in The Times"); null when two could be meant.</summary>
    private static CatalogActor? Antecedent(List<(string Family, CatalogActor Actor)> documents, string family)
    {
        var authors = documents.Where(d => d.Family == family).Select(d => d.Actor).DistinctBy(a => a.Key).ToList();
        var own = authors.Where(a => a.Kind != ActorKind.Media).ToList();
        return own.Count == 1 ? own[0] : own.Count == 0 && authors.Count == 1 ? authors[0] : null;
    }

    /// <summary>A document the catalog lacks, found for one article ("UN report", "indictment"); discovered, so it is reviewed.</summary>
    private static CatalogActor Document(string name, string? country) =>
        new("discovered:document-" + ActorCatalog.NormalizeName(name).Replace(' ', '-'), null, name, ActorKind.Document, country, null, [], []);

    /// <summary>The author written right before the noun: "Blue House statement", "Kim's letter", "Wall Street Journal report".</summary>
    private static Mention? OwnerBefore(string text, List<Token> tokens, List<Mention> mentions, int noun)
    {
        var at = tokens[noun].Start;
        foreach (var m in mentions)
        {
            if (m.End > at || m.End < at - 4 || m.Actor is null) continue;
            var gap = text.AsSpan(m.End, at - m.End);
            if (!(gap.SequenceEqual(" ") || gap.SequenceEqual(". ") || gap.SequenceEqual("'s ") || gap.SequenceEqual("\u2019s "))) continue;
            return m.Actor.Kind != ActorKind.Person || tokens[noun].Norm is "letter" or "statement" ? m : null;
        }
        return null;
    }

    /// <summary>"a report in The Times", "a report by the Washington Post": the outlet named right after the noun.</summary>
    private static CatalogActor? OutletAfter(List<Token> tokens, List<Mention> mentions, int noun)
    {
        var k = noun + 1;
        if (k + 1 >= tokens.Count || tokens[k].Norm is not ("in" or "by" or "from")) return null;
        var start = tokens[k + 1].Norm == "the" && k + 2 < tokens.Count ? tokens[k + 2].Start : tokens[k + 1].Start;
        return mentions.FirstOrDefault(m => (m.Start == start || m.TitleStart == tokens[k + 1].Start) && m.Actor is { Kind: ActorKind.Media })?.Actor;
    }

    private static CatalogActor? LastBefore(List<Mention> mentions, int offset, ActorKind kind) =>
        mentions.Where(m => m.End <= offset && m.Actor?.Kind == kind).MaxBy(m => m.Start)?.Actor;

    /// <summary>"The Times" written with both capitals, not opening a longer name ("The Times Square").</summary>
    private static void TheTimes(string text, List<Token> tokens, List<Mention> mentions, bool[] covered, Func<int, bool> notSubject)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (covered[i] || covered[i - 1] || tokens[i].Norm != "times" || text[tokens[i].Start] != 'T' || text[tokens[i - 1].Start..tokens[i - 1].End] != "The") continue;
            if (i + 1 < tokens.Count && tokens[i + 1].Capitalized && WordTokenizer.OnlySpaces(text, tokens[i].End, tokens[i + 1].Start)) continue;
            covered[i - 1] = covered[i] = true;
            var actor = new CatalogActor("discovered:media-the-times", null, "The Times", ActorKind.Media, "GB", null, [], []);
            mentions.Add(new Mention(tokens[i - 1].Start, tokens[i].End, tokens[i - 1].Start, null, MentionForm.FullName, [actor], notSubject(i)));
        }
    }
}
