namespace DiplomacyTracker.Analysis;

/// <summary>
/// One sentence as the summit readers see it: its token range, the punctuation between words, the names in it, and
/// where the clause around a word begins and ends (so a meeting's parts are read from its own clause, not from "…,
/// Cheong Wa Dae said Tuesday" or "…, who succeeded Moon,").
/// </summary>
internal sealed class SummitSentence
{
    public SummitSentence(AnalysedDocument doc, int index)
    {
        Doc = doc;
        Index = index;
        Sentence = doc.Sentences[index];
        First = TokenIndex.FirstAtOrAfter(doc.Tokens, Sentence.Start);
        Last = First;
        while (Last < doc.Tokens.Count && doc.Tokens[Last].End <= Sentence.End) Last++;
        var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, Sentence.Start);
        var mentions = new List<Mention>();
        for (; m < doc.Mentions.Count && doc.Mentions[m].Start < Sentence.End; m++) mentions.Add(doc.Mentions[m]);
        Mentions = mentions;
    }

    public AnalysedDocument Doc { get; }
    public int Index { get; }
    public Sentence Sentence { get; }

    /// <summary>First token of the sentence; <see cref="Last"/> is one past its last token.</summary>
    public int First { get; }
    public int Last { get; }
    public IReadOnlyList<Mention> Mentions { get; }
    public IReadOnlyList<Token> Tokens => Doc.Tokens;
    public string Text => Doc.Text;

    public string Norm(int i) => i >= First && i < Last ? Doc.Tokens[i].Norm : "";

    /// <summary>The punctuation and spaces between token <paramref name="i"/> and the next one.</summary>
    public ReadOnlySpan<char> GapAfter(int i) =>
        i >= 0 && i + 1 < Doc.Tokens.Count ? Doc.Text.AsSpan(Doc.Tokens[i].End, Doc.Tokens[i + 1].Start - Doc.Tokens[i].End) : ReadOnlySpan<char>.Empty;

    public bool CommaAfter(int i) => GapAfter(i).Contains(',');

    /// <summary>True when some gap in [a, b) holds a comma.</summary>
    public bool CommaBetween(int a, int b)
    {
        for (var k = Math.Min(a, b); k < Math.Max(a, b); k++)
            if (CommaAfter(k)) return true;
        return false;
    }

    /// <summary>"Kim's", "Kim’s": the token is followed by a possessive s.</summary>
    public bool PossessiveAfter(int i) =>
        i + 1 < Last && Doc.Tokens[i + 1].Norm == "s" && Doc.Tokens[i + 1].Start - Doc.Tokens[i].End == 1
        && Doc.Text[Doc.Tokens[i].End] is '\'' or '\u2019';

    /// <summary>The mention whose name (title included) starts at token <paramref name="i"/>, or null.</summary>
    public Mention? MentionStartingAt(int i)
    {
        if (i < First || i >= Last) return null;
        var start = Doc.Tokens[i].Start;
        foreach (var m in Mentions)
            if (m.TitleStart == start || m.Start == start) return m;
        return null;
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "leader", "president", "prime", "minister", "premier", "chairman", "dictator", "counterpart", "supreme", "general", "secretary",
        "state", "head", "of", "chief", "emperor", "king", "then", "late", "former",
    };

    /// <summary>The mention starting at token <paramref name="i"/> or after up to three title words the name finder left
    /// out of its title ("North Korea leader Kim Jong Un", "North Korean dictator Kim Jong Un"), and the token it starts at.</summary>
    public (Mention Mention, int At)? MentionNear(int i)
    {
        for (var j = i; j < Last && j <= i + 3; j++)
        {
            if (MentionStartingAt(j) is { } m) return m.Candidates.Any(c => c.Kind == ActorKind.Person) ? (m, j) : null;
            if (!(Doc.Tokens[j].Capitalized || TitleWords.Contains(Doc.Tokens[j].Norm)) || !WordTokenizer.OnlySpaces(Text, Doc.Tokens[j].End, j + 1 < Doc.Tokens.Count ? Doc.Tokens[j + 1].Start : Doc.Tokens[j].End)) return null;
        }
        return null;
    }

    /// <summary>The mention whose name ends with token <paramref name="i"/>, or null.</summary>
    public Mention? MentionEndingAt(int i)
    {
        if (i < First || i >= Last) return null;
        var end = Doc.Tokens[i].End;
        foreach (var m in Mentions)
            if (m.End == end) return m;
        return null;
    }

    /// <summary>Token index of a mention's first word (its title included) and its last word.</summary>
    public (int First, int Last) TokensOf(Mention m) =>
        (TokenIndex.FirstAtOrAfter(Doc.Tokens, m.TitleStart), TokenIndex.FirstAtOrAfter(Doc.Tokens, m.End) - 1);

    public bool InQuote(int i) => QuoteFinder.Containing(Doc.Quotes, Doc.Tokens[i].Start) is not null;

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "which", "who", "whom", "whose", "where", "while", "whereas", "although", "though", "because", "saying", "adding",
        "according", "but", "as", "amid", "despite", "noting", "calling", "describing", "citing", "with", "when", "after",
        "before", "since", "following", "ahead",
    };

    private static bool HardStop(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(";:[]\u2014") >= 0 || gap.Contains("--", StringComparison.Ordinal) || gap.Contains(" - ", StringComparison.Ordinal)
        || gap.Contains('\n');

    /// <summary>Words that open another event's clause even without a comma ("talks in Pyongyang following Kim's first
    /// summit with Moon") when another meeting word stands beyond them.</summary>
    private static readonly HashSet<string> EventOpeners = new(StringComparer.Ordinal)
    {
        "following", "after", "before", "ahead", "since", "amid", "when", "while", "whereas", "because", "if", "unless", "until",
    };

    /// <summary>
    /// The clause around token <paramref name="i"/>: from the last hard stop (; : — --) or comma opening a subordinate or
    /// reporting clause before it ("…, which", "…, saying") to the next one after it ("…, Cheong Wa Dae said", "…, with").
    /// A short parenthesis ("(ROK)", "(right)") is read through; a comma-enclosed relative clause before the word is stepped
    /// over, so "Kim Dae-jung, who won …, visited" keeps its subject; one right after the meeting word describes it ("the
    /// APEC summit, which is set to take place in Gyeongju …") and is read with it. With <paramref name="triggers"/>, a
    /// word such as "following" or "ahead of" ends the clause when another meeting word stands beyond it.
    /// </summary>
    public (int Start, int End) ClauseAround(int i, IReadOnlyList<int>? triggers = null)
    {
        var start = i;
        while (start > First)
        {
            var gap = GapAfter(start - 1);
            if (HardStop(gap)) break;
            if (gap.Contains(')') && !gap.Contains('(') && OpeningBefore(start - 1) is >= 0 and var open) { start = open; continue; }
            if (gap.Contains('(')) break;
            var n = Doc.Tokens[start].Norm;
            if (start != i && EventOpeners.Contains(n) && triggers is not null && triggers.Any(t => t < start)) break;
            if (gap.Contains(',') && ClauseOpeners.Contains(n) && start != i)
            {
                // ", who won a Nobel Prize, visited": a parenthetical closed before i is skipped.
                if (CommaBetween(start, i)) { start--; continue; }
                break;
            }
            start--;
        }
        var end = i + 1;
        var closed = false;
        while (end < Last)
        {
            var gap = GapAfter(end - 1);
            if (HardStop(gap)) break;
            if (gap.Contains('(') && !gap.Contains(')') && ClosingAfter(end - 1) is >= 0 and var close) { end = close + 1; closed = true; continue; }
            if (closed && gap.Contains(')')) { closed = false; end++; continue; }
            if (gap.Contains(')')) break;
            // ", who held a summit with Moon in Pyongyang in September, will visit": the comma closes a relative clause.
            if (gap.Contains(',') && start > First && Doc.Tokens[start].Norm is "who" or "which" && CommaAfter(start - 1) && start <= i) break;
            var n = Doc.Tokens[end].Norm;
            if (EventOpeners.Contains(n) && triggers is not null && triggers.Any(t => t > end)) break;
            // "the APEC summit, which is set to take place in Gyeongju …": a relative clause right after a meeting word describes it.
            if (gap.Contains(',') && n is "which" or "where" && (end - i <= 8 || triggers is not null && triggers.Any(t => t < end && end - t <= 8))) { end++; continue; }
            if (gap.Contains(',') && (ClauseOpeners.Contains(n) || ReportingAfterComma(end))) break;
            end++;
        }
        return (start, end);
    }

    /// <summary>The comma-enclosed relative clause (", who arrived on Thursday for a state visit,") holding token
    /// <paramref name="k"/>: its first and last token, or null.</summary>
    public (int Open, int Close)? RelativeClauseAt(int k)
    {
        for (var open = Math.Min(k, Last - 1); open > First && k - open <= 20; open--)
        {
            if (!CommaAfter(open - 1) || Doc.Tokens[open].Norm is not ("who" or "which" or "where" or "whose")) continue;
            var close = open;
            while (close + 1 < Last && !CommaAfter(close) && !HardStop(GapAfter(close))) close++;
            return CommaAfter(close) && close >= k ? (open, close) : null;
        }
        return null;
    }

    /// <summary>
    /// True when token <paramref name="k"/> sits in a relative clause that is not about the meeting at <paramref name="i"/>
    /// (", who arrived on Thursday for a state visit, will hold a summit"): what it says (a day, a place, a status word) is
    /// about its own noun. A clause right after the meeting word describes it ("the APEC summit, which is set to take place
    /// in Gyeongju, …") and is the meeting's.
    /// </summary>
    public bool InOtherRelativeClause(int k, int i) =>
        RelativeClauseAt(k) is { } r && (i < r.Open || i > r.Close) && !(r.Open > i && r.Open - i <= 8);

    /// <summary>The last token inside a short parenthesis opening after token <paramref name="k"/> ("(ROK)"), or -1.</summary>
    private int ClosingAfter(int k)
    {
        for (var j = k + 1; j < Last && j <= k + 6; j++)
            if (GapAfter(j).Contains(')')) return j;
        return -1;
    }

    /// <summary>The last token before a short parenthesis closing after token <paramref name="k"/> ("Trump (right) meets"), or -1.</summary>
    private int OpeningBefore(int k)
    {
        for (var j = k; j > First && j >= k - 6; j--)
            if (GapAfter(j - 1).Contains('(')) return j - 1;
        return -1;
    }

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "said", "told", "says", "announced", "reported", "stated", "suggested", "added", "noted", "claimed", "insisted", "argued",
        "confirmed", "explained", "wrote", "tweeted", "revealed", "disclosed",
    };

    /// <summary>", Cheong Wa Dae said Tuesday", ", his office said", ", the minister suggested": a reporting clause starts at <paramref name="k"/>.</summary>
    private bool ReportingAfterComma(int k)
    {
        for (var j = k; j < Last && j <= k + 6; j++)
        {
            if (Reporting.Contains(Doc.Tokens[j].Norm)) return true;
            if (j > k && CommaAfter(j - 1)) return false;
        }
        return false;
    }
}
