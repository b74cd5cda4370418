using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Finds the element that holds the article: every paragraph-like block votes for its ancestors by its
/// text length and comma count; the winner's votes are discounted by link density and adjusted by class/id hints;
/// then siblings that look like more of the same article are merged in (sibling merging).</summary>
internal static class ContentScorer
{
    private const int MinParagraph = 25;

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
            if (s.Score > bestScore) { bestScore = s.Score; best = c; }
        }
        best = PreferTitledArticle(best!, titledArticle, candidates, stats);
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

    /// <summary>When the page holds several &lt;article&gt;s, the one that carries the page's title heading is the article.</summary>
    private static IElement PreferTitledArticle(IElement best, IElement? titled, List<IElement> candidates, Dictionary<IElement, NodeStats> stats)
    {
        if (titled is null || titled.Contains(best) || best.Contains(titled)) return best;
        var bestArticle = best.Closest("article");
        if (bestArticle is null || bestArticle == titled) return best;
        IElement? inside = null;
        foreach (var c in candidates)
            if (titled.Contains(c) && (inside is null || stats[c].Score > stats[inside].Score)) inside = c;
        return inside ?? best;
    }

    /// <summary>When the chosen element spans several substantial &lt;article&gt;s, keep the one with the page's title.</summary>
    private static IElement StayInTitledArticle(IElement best, IElement? titled, Dictionary<IElement, NodeStats> stats)
    {
        if (titled is null || best == titled || !best.Contains(titled)) return best;
        var substantial = best.QuerySelectorAll("article").Count(a => stats.TryGetValue(a, out var s) && s.Length >= 500);
        return substantial >= 2 && stats.TryGetValue(titled, out var t) && t.Length >= 500 ? titled : best;
    }

    /// <summary>An article cut into chunks (ads between them) scores as several strong candidates that are cousins:
    /// take their nearest common ancestor when it holds little besides them.</summary>
    private static IElement JoinSplitArticle(IElement best, List<IElement> candidates, Dictionary<IElement, NodeStats> stats)
    {
        var top = stats[best].Score;
        var joined = best;
        var covered = stats[best].Length;
        foreach (var other in candidates.Where(c => stats[c].Score >= top * 0.5 && c != best).OrderByDescending(c => stats[c].Score).Take(6))
        {
            if (joined.Contains(other) || other.Contains(joined)) continue;
            var ancestor = joined.ParentElement;
            for (var up = 0; ancestor is not null && up < 4 && !ancestor.Contains(other); up++) ancestor = ancestor.ParentElement;
            if (ancestor is null || !ancestor.Contains(other) || ancestor.TagName is "BODY" or "HTML") continue;
            var total = covered + stats[other].Length;
            if (!stats.TryGetValue(ancestor, out var a) || a.Length > total * 1.5 + 200) continue;
            joined = ancestor;
            covered = total;
        }
        return joined;
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

    private static IReadOnlyList<IElement> MergeSiblings(IElement best, Dictionary<IElement, NodeStats> stats)
    {
        var parent = best.ParentElement;
        if (parent is null || best.TagName == "BODY") return [best];
        var bestStats = stats[best];
        var threshold = Math.Max(10, bestStats.Score * 0.2);
        var bestClass = best.GetAttribute("class");
        var chosen = new List<IElement>();
        var siblings = parent.ChildNodes;
        for (var i = 0; i < siblings.Length; i++)
        {
            if (siblings[i] is not IElement sibling) continue;
            if (sibling == best) { chosen.Add(sibling); continue; }
            if (!stats.TryGetValue(sibling, out var s)) continue;
            if (sibling.TagName == "ARTICLE" || sibling.QuerySelector("h1") is not null) continue; // another story, not more of this one
            var bonus = !string.IsNullOrEmpty(bestClass) && sibling.GetAttribute("class") == bestClass ? bestStats.Score * 0.2 : 0;
            if (s.Scored && s.Score + bonus >= threshold) { chosen.Add(sibling); continue; }
            if (sibling.TagName is "P" or "BLOCKQUOTE" or "PRE" or "UL" or "OL" or "TABLE" || (sibling.TagName is "DIV" or "SECTION" && s.Length == s.OwnLength))
            {
                var ld = s.LinkDensity;
                if ((s.Length > 80 && ld < 0.25) || (s.Length > 0 && s.Length <= 80 && ld == 0 && EndsSentence(sibling)))
                    chosen.Add(sibling);
            }
        }
        return chosen;
    }

    private static bool EndsSentence(IElement e)
    {
        var text = e.TextContent.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '다';
    }
}
