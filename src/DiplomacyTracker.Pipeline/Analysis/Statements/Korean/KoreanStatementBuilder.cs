using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Turns a Korean report and the speaker a sieve chose into a statement: the words (quote pieces joined by " … "), the
/// day of speaking (a date written outside the words — before them, or between them and a trailing verb — else the day
/// carried from the same speaker's last remark, else publication), and the speaker's role that day.
/// </summary>
internal static class KoreanStatementBuilder
{
    public static Attributed? Build(KoreanReading r, KoreanReport report, CatalogActor speaker, string surface, double confidence, FuzzyDate? carried = null)
    {
        var doc = r.Doc;
        var text = doc.Text;
        var pieces = report.Pieces.Select(p => Trim(text, p.Start, p.End)).Where(p => p.End - p.Start >= 2).ToList();
        if (pieces.Count == 0) return null;
        var words = pieces.Count == 1 ? text[pieces[0].Start..pieces[0].End] : string.Join(" … ", pieces.Select(p => text[p.Start..p.End]));
        var said = SaidOn(doc, report) ?? carried ?? (doc.Published is { IsKnown: true } pub ? FuzzyDate.FromDay(pub.LocalDay, DatePhraseReader.ZoneOf(pub)) : null);
        var day = said is { IsKnown: true } s ? s.LocalDay : doc.Day;
        var role = (day is { } d ? speaker.RoleOn(d)?.Title : null) ?? speaker.Roles.LastOrDefault()?.Title
            ?? doc.Discovered.FirstOrDefault(x => x.Actor.Key == speaker.Key)?.Role;
        var statement = new FoundStatement(speaker.Key, speaker.Name, role, report.Kind, doc.Tokens[report.Verb].Norm, words, said,
            pieces[0].Start, pieces[^1].End, confidence);
        return new Attributed(statement, speaker, surface.Length > 0 ? surface : speaker.Name);
    }

    /// <summary>The first date written where the report says when it was said, or null.</summary>
    public static FuzzyDate? SaidOn(AnalysedDocument doc, KoreanReport report)
    {
        if (report.DateTo <= report.DateFrom) return null;
        foreach (var d in doc.DatesIn(report.DateFrom, report.DateTo, future: false))
        {
            // Words are said on or before the day they are published: a day read after it ("31일" on 29 October) is no speaking day.
            if (doc.Published is { IsKnown: true } pub && d.From.IsKnown && d.From.EarliestUtc > pub.LatestUtc) continue;
            return d.From;
        }
        return null;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.')) end--;
        return (start, end);
    }
}
