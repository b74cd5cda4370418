using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Finds the element that holds the article: every paragraph-like block votes for its ancestors by its
/// text length and comma count; the winner's votes are discounted by link density and adjusted by class/id hints;
/// then siblings that look like more of the same article are merged in (sibling merging).</summary>
internal static partial class ContentScorer
{
    private const int MinParagraph = 25;
    private const int ShortCandidate = 250;

    /// <summary>The nodes to render, in document order; empty when nothing reads like an article.</summary>
    public static IReadOnlyList<IElement> FindContent(IElement body, Dictionary<IElement, NodeStats> stats, IElement? titledArticle)
    {
        var candidates = new List<IElement>();
        foreach (var (element, s) in stats)
        {
            if (s.OwnLength < MinParagraph || !IsParagraphLike(element)) continue;
            if (s.OwnLength > 0 && (double)s.OwnLinkLength / s.OwnLength > 0.5) continue;
            var vote = 1 + s.OwnCommas + Math.Min(s.OwnLength / 100.0, 3);
            var target = IsLeafParagraph(element) || s.Length == s.OwnLength ? element.ParentElement : element;
            for (var level = 0; target is not null && level < 5; level++, target = target.ParentElement)
            {
                if (!stats.TryGetValue(target, out var ts)) break;
                if (!ts.Scored) { ts.Scored = true; ts.Score = InitialScore(target); candidates.Add(target); }
                ts.Score += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        if (candidates.Count == 0)
            return [];

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var c in candidates)
        {
            var s = stats[c];
            s.Score *= 1 - s.LinkDensity;
            // A class name alone ("item__content" on a 50-character span) must not outweigh the paragraphs of the article.
            if (s.Length < ShortCandidate) s.Score *= (double)s.Length / ShortCandidate;
            if (s.Score > bestScore) { bestScore = s.Score; best = c; }
        }
        best = PreferTitledArticle(best!, titledArticle, candidates, stats);
        if (JoinSameKind(best, candidates, stats) is { } blocks) return blocks;
        best = JoinSplitArticle(best, candidates, stats);
        best = ClimbWhileParentShares(best, stats);
        best = StayInTitledArticle(best, titledArticle, stats);
        return MergeSiblings(best, stats);
    }

    private static bool IsParagraphLike(IElement e) =>
        e.TagName is "P" or "PRE" or "TD" or "BLOCKQUOTE" or "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "LI" or "DD" or "CENTER" or "FONT" or "SPAN" or "H2" or "H3" or "H4";

    private static bool IsLeafParagraph(IElement e) => e.TagName is "P" or "PRE" or "TD" or "BLOCKQUOTE" or "LI" or "DD" or "H2" or "H3" or "H4" or "SPAN" or "FONT";

    private static double InitialScore(IElement e)
    {
        var score = e.TagName switch
        {
            "ARTICLE" => 10,
            "MAIN" => 5,
            "DIV" or "SECTION" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "UL" or "OL" or "DL" or "DD" or "DT" or "LI" or "FORM" or "ADDRESS" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        return score + ClassHints.Weight(e);
    }

    /// <summary>The &lt;article&gt; that carries the page's title heading is the article: a winner in another &lt;article&gt;
    /// gives way to the best candidate inside it, and a winner outside any article (a pop-up, a sidebar) gives way when
    /// that candidate scores at least a quarter as well.</summary>
    private static IElement PreferTitledArticle(IElement best, IElement? titled, List<IElement> candidates, Dictionary<IElement, NodeStats> stats)
    {
        if (titled is null || titled.Contains(best) || best.Contains(titled)) return best;
        var bestArticle = best.Closest("article");
        if (bestArticle == titled) return best;
        IElement? inside = null;
        foreach (var c in candidates)
            if (titled.Contains(c) && (inside is null || stats[c].Score > stats[inside].Score)) inside = c;
        if (inside is null) return best;
        return bestArticle is not null || stats[inside].Score * 4 >= stats[best].Score ? inside : best;
    }

    /// <summary>When the chosen element spans several substantial &lt;article&gt;s, keep the one with the page's title.</summary>
    private static IElement StayInTitledArticle(IElement best, IElement? titled, Dictionary<IElement, NodeStats> stats)
    {
        if (titled is null || best == titled || !best.Contains(titled)) return best;
        var substantial = best.QuerySelectorAll("article").Count(a => stats.TryGetValue(a, out var s) && s.Length >= 500);
        return substantial >= 2 && stats.TryGetValue(titled, out var t) && t.Length >= 500 ? titled : best;
    }

    /// <summary>Moves up while the parent scores almost as well: the article text is split over several children.</summary>
    private static IElement ClimbWhileParentShares(IElement best, Dictionary<IElement, NodeStats> stats)
    {
        var current = best;
        var threshold = stats[best].Score / 3;
        for (var parent = current.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            if (!stats.TryGetValue(parent, out var ps) || !ps.Scored || ps.Score < threshold) break;
            if (ps.Score > stats[current].Score) current = parent;
        }
        return current;
    }
}
