using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>One page of htmldate's date suite: the reference day (null when the page has none) and what we read.</summary>
public sealed record DatePageResult(string Id, DateOnly? Expected, DateOnly? Found, string? Source, bool ArticleFound = true)
{
    public DateOutcome Outcome => Found is null ? DateOutcome.None : Found == Expected ? DateOutcome.Correct : DateOutcome.Wrong;
}

public enum DateOutcome { Correct, Wrong, None }

/// <summary>Totals of the date suite, as htmldate's comparison counts them: accuracy = correct / pages
/// (a page with no reference date can never be correct), precision = correct / (correct + wrong),
/// recall = correct / (correct + none).</summary>
public sealed record DateSuiteFigures(int Pages, int Correct, int Wrong, int None)
{
    public double Accuracy => Pages == 0 ? 0 : (double)Correct / Pages;
    public double Precision => Correct + Wrong == 0 ? 0 : (double)Correct / (Correct + Wrong);
    public double Recall => Correct + None == 0 ? 0 : (double)Correct / (Correct + None);

    public static DateSuiteFigures Of(IEnumerable<DatePageResult> pages)
    {
        int n = 0, correct = 0, wrong = 0, none = 0;
        foreach (var p in pages)
        {
            n++;
            switch (p.Outcome)
            {
                case DateOutcome.Correct: correct++; break;
                case DateOutcome.Wrong: wrong++; break;
                default: none++; break;
            }
        }
        return new DateSuiteFigures(n, correct, wrong, none);
    }

    public override string ToString() =>
        $"pages={Pages} correct={Correct} wrong={Wrong} none={None} accuracy={Accuracy:F3} precision={Precision:F3} recall={Recall:F3}";
}

/// <summary>Runs one page of htmldate's suite through <see cref="ArticleExtractor"/>: HTML only, no URL; the date is
/// the local day the page writes (a day, or the day of a time in the zone it was written in). A date less precise
/// than a day names no day, so it counts as none.</summary>
public static class DateSuiteScorer
{
    public static DatePageResult Score(string id, byte[] html, DateOnly? expected, DateTimeOffset? fetchedAt = null)
    {
        var article = ArticleExtractor.Extract(new PageInput(html, FetchedAt: fetchedAt));
        var date = article.Published;
        DateOnly? day = date is { Precision: >= Dates.DatePrecision.Day } d ? d.LocalDay : null;
        return new DatePageResult(id, expected, day, day is null ? null : article.PublishedSource, article.Found);
    }
}
