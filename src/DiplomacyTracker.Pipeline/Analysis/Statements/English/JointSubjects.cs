namespace DiplomacyTracker.Analysis;

/// <summary>How a joint statement names its speakers.</summary>
internal enum JointKind
{
    /// <summary>"Kishida and Yoon confirmed …": two named people.</summary>
    Pair,
    /// <summary>"Both leaders", "the two leaders", "the three leaders", "the presidents".</summary>
    Group,
    /// <summary>"They committed …" right after a joint statement.</summary>
    They,
}

/// <summary>A joint subject read at a clause's start: its kind, the people a pair names, how many a group counts (0: any),
/// and the index of its verb.</summary>
internal sealed record JointSubject(JointKind Kind, IReadOnlyList<CatalogActor> Named, int Count, int Verb);

/// <summary>
/// Reads the subject of a joint statement at the start of a sentence, or of its main clause after an introductory phrase
/// ("Meeting on the sidelines of …, the three leaders recommitted …"), followed by a verb that reports what leaders said or
/// agreed together. Verbs of topic only ("discussed", "exchanged views") report no words.
/// </summary>
internal static class JointSubjects
{
    private static readonly HashSet<string> JointVerbs = new(StringComparer.Ordinal)
    {
        "agreed", "reaffirmed", "affirmed", "committed", "recommitted", "confirmed", "pledged", "vowed", "warned", "condemned",
        "stressed", "emphasized", "emphasised", "underscored", "highlighted", "expressed", "welcomed", "shared", "noted",
        "urged", "denounced", "reiterated", "declared", "announced", "acknowledged", "praised", "called",
    };

    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal) { "leaders", "presidents" };

    /// <summary>The first token of the clause that may hold a joint subject: the sentence's first, or the one after an
    /// introductory phrase's comma; <paramref name="last"/> (no subject) when the phrase reports someone's account.</summary>
    public static int ClauseStart(AnalysedDocument doc, Sentence s, int first, int last)
    {
        if (Read(doc, first, last) is not null) return first;
        var tokens = doc.Tokens;
        for (var k = first + 1; k < last && k < first + 25; k++)
        {
            var gap = doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
            if (gap.IndexOfAny(";:\u201C\u201D\"") >= 0) return first;
            // "According to South Korean officials, both leaders agreed …": someone else's account, not the leaders' words.
            if (tokens[k - 1].Norm == "according" || ReportingVerbs.At(tokens[k - 1]) is not null) return last;
            if (gap.Trim().SequenceEqual(",")) return k;
        }
        return first;
    }

    public static JointSubject? Read(AnalysedDocument doc, int k, int last)
    {
        var tokens = doc.Tokens;
        if (k >= last) return null;
        if (tokens[k].Norm == "they") return Verb(doc, k + 1, last) is { } v ? new JointSubject(JointKind.They, [], 0, v) : null;
        if (Pair(doc, k, last) is { } pair) return pair;
        var j = k;
        if (tokens[j].Norm == "the") j++;
        var count = 0;
        if (j < last && tokens[j].Norm is "both" or "two" or "three")
        {
            if (tokens[j].Norm == "both" && j > k) return null; // "the both"
            count = tokens[j].Norm == "three" ? 3 : 2;
            j++;
        }
        else if (j == k) return null; // "Leaders said": no article, no number
        if (j >= last || !GroupHeads.Contains(tokens[j].Norm)) return null;
        return Verb(doc, j + 1, last) is { } verb ? new JointSubject(JointKind.Group, [], count, verb) : null;
    }

    /// <summary>"Kishida and Yoon", "South Korean President Lee Jae Myung and US President Donald Trump": two named people.</summary>
    private static JointSubject? Pair(AnalysedDocument doc, int k, int last)
    {
        var tokens = doc.Tokens;
        if (MentionAt(doc, tokens[k].Start) is not { Actor: { Kind: ActorKind.Person } a } first) return null;
        var and = TokenIndex.FirstAtOrAfter(tokens, first.End);
        if (and + 1 >= last || tokens[and].Norm != "and" || !WordTokenizer.OnlySpaces(doc.Text, first.End, tokens[and].Start)) return null;
        if (MentionAt(doc, tokens[and + 1].Start) is not { Actor: { Kind: ActorKind.Person } b } second || b.Key == a.Key || second.NotSubject) return null;
        var after = TokenIndex.FirstAtOrAfter(tokens, second.End);
        if (after < last && !WordTokenizer.OnlySpaces(doc.Text, second.End, tokens[after].Start)) return null; // "Kim and Moon, who …"
        return Verb(doc, after, last) is { } verb ? new JointSubject(JointKind.Pair, [a, b], 2, verb) : null;
    }

    /// <summary>The joint verb after adverbs and a day ("also", "on Monday", "jointly"), or null.</summary>
    private static int? Verb(AnalysedDocument doc, int k, int last)
    {
        var tokens = doc.Tokens;
        var from = k;
        while (k < last && k < from + 4 && ReportingVerbs.IsFiller(tokens[k].Norm) && WordTokenizer.OnlySpaces(doc.Text, tokens[k - 1].End, tokens[k].Start)) k++;
        if (k >= last || !JointVerbs.Contains(tokens[k].Norm) || !WordTokenizer.OnlySpaces(doc.Text, tokens[k - 1].End, tokens[k].Start)) return null;
        if (QuoteFinder.Containing(doc.Quotes, tokens[k].Start) is not null) return null;
        // "called" reports words only as "called for" / "called on".
        if (tokens[k].Norm == "called" && (k + 1 >= last || tokens[k + 1].Norm is not ("for" or "on"))) return null;
        return k;
    }

    private static Mention? MentionAt(AnalysedDocument doc, int offset)
    {
        var i = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, offset);
        if (i < doc.Mentions.Count && (doc.Mentions[i].Start == offset || doc.Mentions[i].TitleStart == offset)) return doc.Mentions[i];
        for (var j = Math.Max(0, i - 2); j < Math.Min(doc.Mentions.Count, i + 2); j++)
            if (doc.Mentions[j].TitleStart == offset) return doc.Mentions[j];
        return null;
    }
}
