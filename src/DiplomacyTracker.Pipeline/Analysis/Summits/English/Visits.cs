namespace DiplomacyTracker.Analysis;

/// <summary>
/// Visits as summit triggers ("state visit", "three-day visit", "visit to Beijing", "will visit Pyongyang", "trip to
/// Tokyo") and who really is the visitor ("Kim's planned visit" is Kim's; "Moon's daughter will visit" is not Moon's).
/// </summary>
internal static class Visits
{
    /// <summary>"state visit", "three-day visit", "visit to Beijing", "will visit Pyongyang", "trip to Tokyo".</summary>
    public static bool IsVisit(AnalysedDocument doc, int i, int first, int last)
    {
        var tokens = doc.Tokens;
        if (tokens[i].Norm != "trip" && i > first && (tokens[i - 1].Norm is "state" or "official"
            || (tokens[i - 1].Norm == "day" && i - 1 > first && WordTokenizer.IsDashGap(doc.Text, tokens[i - 2].End, tokens[i - 1].Start)))) return true;
        var k = i + 1 < last && tokens[i + 1].Norm == "to" ? i + 2 : tokens[i].Norm == "trip" ? last : i + 1;
        return k < last && PlaceNames.At(tokens, k, last) is not null;
    }

    private static readonly HashSet<string> VisitModifiers = new(StringComparer.Ordinal)
    {
        "s", "planned", "proposed", "upcoming", "expected", "possible", "first", "second", "third", "historic", "state", "official",
        "unofficial", "two", "three", "four", "five", "day", "long", "awaited", "much", "trip", "visit",
    };

    /// <summary>"Moon's daughter": every mention of the person in the sentence owns a noun other than the visit itself.</summary>
    public static bool OnlyAsOwnerOfSomeoneElse(AnalysedDocument doc, Sentence s, string key)
    {
        var tokens = doc.Tokens;
        var any = false;
        for (var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); m < doc.Mentions.Count && doc.Mentions[m].Start < s.End; m++)
        {
            var mention = doc.Mentions[m];
            if (mention.Actor?.Key != key) continue;
            if (!mention.NotSubject) return false;
            var k = TokenIndex.FirstAtOrAfter(tokens, mention.End);
            while (k < tokens.Count && VisitModifiers.Contains(tokens[k].Norm) && !IsVisitWord(tokens[k].Norm)) k++;
            if (k < tokens.Count && IsVisitWord(tokens[k].Norm)) return false;
            any = true;
        }
        return any;
    }

    public static bool IsVisitWord(string norm) => norm is "visit" or "visits" or "visited" or "visiting" or "trip";
}
