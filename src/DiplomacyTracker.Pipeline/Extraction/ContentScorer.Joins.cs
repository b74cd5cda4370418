using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>The parts of content selection that widen the winner: an article split into chunks or blocks of one kind is
/// joined, and siblings that read as more of the same article are merged in.</summary>
internal static partial class ContentScorer
{
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

    /// <summary>Page builders cut an article into many blocks of one kind ("sqs-block-content", "text-text"), each scoring on
    /// its own: the blocks with the winner's tag and class are joined at their nearest common ancestor when they make up
    /// most of its text, it is not mostly links, and they do not belong to different &lt;article&gt;s (a list of stories).
    /// Null when there is nothing to join.</summary>
    private static List<IElement>? JoinSameKind(IElement best, List<IElement> candidates, Dictionary<IElement, NodeStats> stats)
    {
        var kind = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(kind)) return null;
        var floor = stats[best].Score * 0.1;
        var same = candidates.Where(c => c != best && c.TagName == best.TagName && c.GetAttribute("class") == kind && stats[c].Score >= floor
            && !c.Contains(best) && !best.Contains(c)).ToList();
        if (same.Count == 0 || !OneStory(same.Append(best).ToList())) return null;
        var ancestor = best.ParentElement;
        for (var up = 0; ancestor is not null && up < 8 && !same.All(ancestor.Contains); up++) ancestor = ancestor.ParentElement;
        if (ancestor is null || ancestor.TagName is "BODY" or "HTML" || !same.All(ancestor.Contains) || !stats.TryGetValue(ancestor, out var a)) return null;
        var covered = stats[best].Length + same.Sum(c => stats[c].Length);
        return covered * 2 < a.Length || a.LinkDensity >= 0.35 ? null : [ancestor];
    }

    /// <summary>Blocks of one story: inside one &lt;article&gt; (or none), or the posts of one thread (&lt;article&gt;s of one
    /// kind); never teasers of several stories, which each come with a linked headline.</summary>
    private static bool OneStory(List<IElement> blocks)
    {
        var articles = blocks.Select(b => b.Closest("article")).Distinct().ToList();
        if (articles.Count > 1 && (articles.Any(a => a is null) || articles.Select(a => a!.GetAttribute("class")).Distinct().Count() > 1)) return false;
        return blocks.Count(HasLinkedHeadline) < 2;
    }

    /// <summary>A block whose parent also holds a headline that links elsewhere: a teaser in a list of stories.</summary>
    private static bool HasLinkedHeadline(IElement block)
    {
        if (block.ParentElement is not { } parent) return false;
        foreach (var child in parent.Children)
        {
            if (child == block || child.TagName is not ("H1" or "H2" or "H3" or "HEADER")) continue;
            var heading = child.TagName == "HEADER" ? child.QuerySelector("h1, h2, h3") : child;
            if (heading?.QuerySelector("a[href]") is { } link && link.TextContent.Trim().Length * 2 >= heading.TextContent.Trim().Length) return true;
        }
        return false;
    }

    private static IReadOnlyList<IElement> MergeSiblings(IElement best, Dictionary<IElement, NodeStats> stats)
    {
        var bestStats = stats[best];
        var inner = best;
        best = OuterWrapper(best, stats);
        var parent = best.ParentElement;
        if (parent is null || best.TagName == "BODY") return [best];
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
            if (best != inner)
            {
                // Beside a wrapper, only another wrapper of the same kind that reads as more of the article counts.
                if (bonus > 0 && s.Scored && s.Score >= 0 && s.Length >= 200 && s.LinkDensity < 0.5) chosen.Add(sibling);
                continue;
            }
            if (s.Scored && s.Score + bonus >= threshold) { chosen.Add(sibling); continue; }
            if (sibling.TagName is "P" or "BLOCKQUOTE" or "PRE" or "UL" or "OL" or "TABLE" || (sibling.TagName is "DIV" or "SECTION" && (s.Length == s.OwnLength || (chosen.Count == 0 && IsStandfirst(sibling)))))
            {
                var ld = s.LinkDensity;
                if ((s.Length > 80 && ld < 0.25) || (s.Length > 0 && s.Length <= 80 && ld == 0 && EndsSentence(sibling)))
                    chosen.Add(sibling);
            }
        }
        return chosen;
    }

    /// <summary>The outermost wrapper that holds the winner's text and nothing else ("row &gt; columns &gt; text"): grid
    /// layouts cut a long article into several such rows, and the rest of the article is among the wrapper's siblings.</summary>
    private static IElement OuterWrapper(IElement best, Dictionary<IElement, NodeStats> stats)
    {
        var length = stats[best].Length;
        var wrapper = best;
        for (var up = 0; up < 3 && wrapper.ParentElement is { } parent && parent.TagName is "DIV" or "SECTION" && parent.ChildElementCount == 1
            && stats.TryGetValue(parent, out var ps) && ps.Length == length; up++)
            wrapper = parent;
        return wrapper;
    }

    /// <summary>A block before the article made of a few paragraphs and nothing else: the standfirst ("teaser-text", "intro").</summary>
    private static bool IsStandfirst(IElement block)
    {
        var children = block.Children;
        if (children.Length is 0 or > 3) return false;
        foreach (var child in children)
            if (child.TagName != "P") return false;
        return true;
    }

    private static bool EndsSentence(IElement e)
    {
        var text = e.TextContent.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '다';
    }
}
