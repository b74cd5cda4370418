using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Text measures of one element, gathered in a single bottom-up pass so scoring never re-reads subtrees.
/// "Own" counts the text not inside a block-level descendant (what the element shows as its own paragraph).</summary>
internal sealed class NodeStats
{
    public int Length;
    public int LinkLength;
    public int Commas;
    public int OwnLength;
    public int OwnLinkLength;
    public int OwnCommas;
    public double Score;
    public bool Scored;

    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    /// <summary>Measures every element under <paramref name="root"/> (post-order, explicit stack).</summary>
    public static Dictionary<IElement, NodeStats> Measure(IElement root)
    {
        var table = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(IElement Element, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, done) = stack.Pop();
            if (!done)
            {
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                    if (children[i] is IElement child) stack.Push((child, false));
                continue;
            }
            table[element] = Combine(element, table);
        }
        return table;
    }

    private static NodeStats Combine(IElement element, Dictionary<IElement, NodeStats> table)
    {
        var stats = new NodeStats();
        var isLink = element.TagName == "A";
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var (length, commas) = MeasureText(text.Data);
                stats.Length += length;
                stats.OwnLength += length;
                stats.Commas += commas;
                stats.OwnCommas += commas;
                if (isLink) { stats.LinkLength += length; stats.OwnLinkLength += length; }
            }
            else if (child is IElement childElement && table.TryGetValue(childElement, out var c))
            {
                var link = isLink ? c.Length : c.LinkLength;
                stats.Length += c.Length;
                stats.LinkLength += link;
                stats.Commas += c.Commas;
                if (HtmlVocabulary.BlockTags.Contains(childElement.TagName)) continue;
                stats.OwnLength += c.Length;
                stats.OwnLinkLength += link;
                stats.OwnCommas += c.Commas;
            }
        }
        return stats;
    }

    /// <summary>Length of the text as it reads with whitespace collapsed, and its comma count (incl. CJK commas).</summary>
    public static (int Length, int Commas) MeasureText(string data)
    {
        int length = 0, commas = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (TextNormalizer.IsSpace(c)) { if (!inSpace) length++; inSpace = true; continue; }
            inSpace = false;
            length++;
            if (c is ',' or '，' or '、') commas++;
        }
        return (length, commas);
    }
}
