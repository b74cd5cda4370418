using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Adds the standfirst: many pages put the lede ("teaser-text", "intro", "chapo", "leadIn") between the
/// headline and the body container, outside the block the scorer chose. Prose paragraphs found between the title
/// heading and the chosen content, inside their nearest common ancestor (never the whole body), are put in front.</summary>
internal static class LedeFinder
{
    private const int MaxBlocks = 3;
    private const int MaxLength = 1500;
    private const int MinLength = 60;

    public static IReadOnlyList<IElement> WithLede(IReadOnlyList<IElement> roots, IElement? title, Dictionary<IElement, NodeStats> stats)
    {
        if (title is null || roots.Count == 0 || title.ParentElement is null) return roots;
        var first = roots[0];
        if (first.Contains(title) || title.Contains(first) || !title.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following)) return roots;
        var common = first.ParentElement;
        for (var up = 0; common is not null && up < 6 && !common.Contains(title); up++) common = common.ParentElement;
        if (common is null || !common.Contains(title) || common.TagName is "BODY" or "HTML") return roots;

        var ledes = new List<IElement>();
        var total = 0;
        var passedTitle = false;
        var stack = new Stack<IElement>();
        stack.Push(common);
        while (stack.Count > 0 && ledes.Count < MaxBlocks)
        {
            var e = stack.Pop();
            if (e == first) break;
            if (e == title) { passedTitle = true; continue; }
            if (passedTitle && (e.TagName is "P" || IsDeck(e, stats)) && stats.TryGetValue(e, out var s))
            {
                if (s.Length >= MinLength && s.LinkDensity < 0.2 && total + s.Length <= MaxLength) { ledes.Add(e); total += s.Length; }
                continue;
            }
            var children = e.Children;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return ledes.Count == 0 ? roots : [.. ledes, .. roots];
    }

    /// <summary>A deck written as a subheading or a bare block ("article-lead", "epigraph", "article-deck"): a sentence of
    /// some length with no block inside, which a section heading never is.</summary>
    private static bool IsDeck(IElement e, Dictionary<IElement, NodeStats> stats)
    {
        if (e.TagName is not ("H2" or "H3" or "DIV") || !stats.TryGetValue(e, out var s) || s.Length < MinDeck || s.Length != s.OwnLength) return false;
        var text = e.TextContent.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '다';
    }

    private const int MinDeck = 80;
}
