using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>One page of trafilatura's main-text suite: the strings that must be in the main text (<c>with</c>)
/// and the boilerplate strings that must not (<c>without</c>).</summary>
public sealed record MainTextCase(string Id, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>The counts for one page (or, summed, a suite) with what went wrong, for reading.</summary>
public sealed record MainTextResult(string Id, bool Found, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives,
    IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked);

/// <summary>Totals as trafilatura's evaluation counts them: precision, recall and F1 over all strings of all pages;
/// "no article" is the number of pages for which the extractor found no article.</summary>
public sealed record MainTextFigures(int Pages, int NoArticle, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MainTextFigures Of(IEnumerable<MainTextResult> pages)
    {
        int n = 0, none = 0, tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var p in pages)
        {
            n++;
            if (!p.Found) none++;
            tp += p.TruePositives; fn += p.FalseNegatives; fp += p.FalsePositives; tn += p.TrueNegatives;
        }
        return new MainTextFigures(n, none, tp, fn, fp, tn);
    }

    public override string ToString() =>
        $"pages={Pages} precision={Precision:F3} recall={Recall:F3} F1={F1:F3} (tp={TruePositives} fn={FalseNegatives} fp={FalsePositives} tn={TrueNegatives}) no-article={NoArticle}";
}

/// <summary>Runs one page of trafilatura's suite through <see cref="ArticleExtractor"/> (HTML only, no URL) and tests
/// each string, white space collapsed on both sides, as a substring of the extracted text.</summary>
public static class MainTextScorer
{
    public static MainTextResult Score(MainTextCase page, byte[] html)
    {
        var article = ArticleExtractor.Extract(new PageInput(html));
        var text = Collapse(article.Text);
        var missed = page.With.Where(s => !text.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
        var leaked = page.Without.Where(s => text.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
        return new MainTextResult(page.Id, article.Found, page.With.Count - missed.Count, missed.Count, leaked.Count, page.Without.Count - leaked.Count, missed, leaked);
    }

    /// <summary>Runs of white space become one space, ends trimmed (the protocol's normalisation).</summary>
    public static string Collapse(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
