namespace DiplomacyTracker.Analysis;

/// <summary>
/// People a summit sentence names who are not at the table: the official reporting it ("Lee and Ishiba met for an
/// hour, Wi Sung-lac, Lee's national security adviser, told reporters", "according to Chung") and someone recalled
/// beside a participant ("Kim, who stood side by side with Putin at the parade, met Xi"). Only thinned while at
/// least two people remain, so "Moon said he would meet Kim" keeps both.
/// </summary>
internal static class SummitBystanders
{
    public static List<string> Remove(AnalysedDocument doc, List<Mention> mentions, List<string> keys, int last)
    {
        var result = keys.ToList();
        foreach (var key in keys)
        {
            if (result.Count <= 2) break;
            var own = mentions.Where(m => m.Actor!.Key == key).ToList();
            if (own.Count > 0 && own.All(m => Reports(doc, m, last) || Beside(doc, m))) result.Remove(key);
        }
        return result;
    }

    /// <summary>The mention is the subject of a reporting verb (after an appositive between commas) or follows "according to".</summary>
    private static bool Reports(AnalysedDocument doc, Mention m, int last)
    {
        var tokens = doc.Tokens;
        var start = TokenIndex.FirstAtOrAfter(tokens, m.TitleStart);
        if (start >= 2 && tokens[start - 2].Norm == "according" && tokens[start - 1].Norm == "to") return true;
        var j = TokenIndex.FirstAtOrAfter(tokens, m.End);
        if (j < last && doc.Text.AsSpan(m.End, tokens[j].Start - m.End).Contains(','))
        {
            var k = j + 1;
            while (k < last && k <= j + 10 && !doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains(',')) k++;
            if (k >= last || k > j + 10) return false;
            j = k;
        }
        while (j < last && ReportingVerbs.IsFiller(tokens[j].Norm)) j++;
        if (j >= last || ReportingVerbs.Lookup(tokens[j].Norm) is null) return false;
        // "Moon said he would meet Kim": the reporter speaks of himself.
        return !(j + 1 < last && tokens[j + 1].Norm is "he" or "she" or "they" || j + 2 < last && tokens[j + 2].Norm is "he" or "she" or "they");
    }

    /// <summary>"stood side by side with Putin", "alongside Putin".</summary>
    private static bool Beside(AnalysedDocument doc, Mention m)
    {
        var tokens = doc.Tokens;
        var start = TokenIndex.FirstAtOrAfter(tokens, m.TitleStart);
        if (start >= 1 && tokens[start - 1].Norm == "alongside") return true;
        return start >= 4 && tokens[start - 1].Norm == "with" && tokens[start - 2].Norm == "side" && tokens[start - 3].Norm == "by" && tokens[start - 4].Norm == "side";
    }
}
