using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// A summit stated in one sentence and placed or dated in the next: "Moon held a summit with Putin on Friday. The talks
/// took place at the Kremlin." A sentence that opens on "The talks/meeting/summit" and names nobody fills in the
/// place and date the previous sentence's summit lacks, instead of standing as a summit without participants.
/// </summary>
internal static class SummitFollowUps
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "talks", "meeting", "summit" };

    /// <summary>The index of the anaphoric trigger this sentence opens with when it was folded into the previous
    /// sentence's summit, else -1.</summary>
    public static int Fill(AnalysedDocument doc, Sentence s, Sentence? previous, FuzzyDate? published, List<SummitCandidate> into)
    {
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= s.End) last++;
        if (previous is not { } prev || first + 2 >= last || tokens[first].Norm is not ("the" or "this" or "that")) return -1;
        var ti = NounAfterArticle(doc, first, last);
        if (ti < 0 || NamesSomeone(doc, s)) return -1;
        // "The two-day summit, which opened Tuesday at KINTEX in Goyang": a described summit may be the previous sentence's multilateral one.
        var target = into.LastOrDefault(c => c.EvidenceStart == prev.Start && (c.Participants.Count >= 2 || (c.Multilateral && ti > first + 1)));
        if (target is null) return -1;
        if (OpeningDay(doc, s, published) is { } opened && target.Start is { Precision: >= DatePrecision.Day } reported && opened.EarliestUtc < reported.EarliestUtc)
        {
            target.End ??= reported; // "ended on Wednesday … opened Tuesday": Tuesday to Wednesday
            target.Start = opened;
        }
        var location = SummitSentenceReader.PlaceNear(doc.Text, tokens, ti, first, last, single: true, k => Math.Abs(k - ti) <= 12);
        // "… a state visit to Russia. The talks took place at the Kremlin": a venue or city beats a country.
        if (location is not null && (target.Location is null || (location.Length > target.Location.Length && location.Contains(target.Location.Split(',')[0], StringComparison.OrdinalIgnoreCase))
            || (PlaceNames.IsBroad(target.Location.Split(',')[0]) && !PlaceNames.IsBroad(location.Split(',')[0]))))
            target.Location = location;
        var future = target.Status is not (SummitStatus.Held or SummitStatus.Cancelled);
        var date = doc.DatesIn(s.Start, s.End, future).FirstOrDefault(d => d.From.Precision >= DatePrecision.Day);
        if (date is not null && (target.Start is not { IsKnown: true } known || known.Precision < DatePrecision.Day))
        {
            target.Start = date.From;
            target.End = date.To;
        }
        return ti;
    }

    /// <summary>"The talks", "The two-day summit": the noun right after the article or after up to three lower-case words.</summary>
    private static int NounAfterArticle(AnalysedDocument doc, int first, int last)
    {
        var tokens = doc.Tokens;
        for (var k = first + 1; k < last && k <= first + 4; k++)
        {
            if (Nouns.Contains(tokens[k].Norm)) return k;
            if (tokens[k].Capitalized || doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains(',')) return -1;
        }
        return -1;
    }

    /// <summary>The day after "opened", "began" or "started" ("which opened Tuesday"), else null.</summary>
    private static FuzzyDate? OpeningDay(AnalysedDocument doc, Sentence s, FuzzyDate? published)
    {
        var tokens = doc.Tokens;
        foreach (var d in doc.DatesIn(s.Start, s.End, future: false))
        {
            var at = TokenIndex.FirstAtOrAfter(tokens, d.Start) - 1;
            if (at >= 0 && tokens[at].Norm == "on") at--;
            if (at >= 0 && tokens[at].Norm is "opened" or "began" or "started" && d.From.Precision >= DatePrecision.Day) return d.From;
        }
        return null;
    }

    private static bool NamesSomeone(AnalysedDocument doc, Sentence s)
    {
        for (var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); m < doc.Mentions.Count && doc.Mentions[m].Start < s.End; m++)
            if (doc.Mentions[m].Actor is { Kind: ActorKind.Person }) return true;
        return false;
    }
}
