using System.Text;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>The text a reader sees around the title (script and style skipped), where bylines carry dates.</summary>
internal static class VisibleText
{
    /// <summary>Text from a little before <paramref name="title"/> to a little after it; the body's start when there is no title.</summary>
    public static string AroundTitle(IElement body, IElement? title, int before = 400, int after = 1200)
    {
        var sb = new StringBuilder();
        var titleStart = -1;
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == title) titleStart = sb.Length;
            if (node is IText text) { sb.Append(text.Data).Append(' '); }
            else if (node is IElement e && e.TagName is not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "SVG"))
            {
                if (HtmlVocabulary.BlockTags.Contains(e.TagName)) sb.Append('\n');
                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
            if (titleStart >= 0 && sb.Length > titleStart + after) break;
            if (titleStart < 0 && title is null && sb.Length > after * 3) break;
        }
        if (titleStart < 0) return Squeeze(sb.ToString(0, Math.Min(sb.Length, after * 3)));
        var start = Math.Max(0, titleStart - before);
        return Squeeze(sb.ToString(start, Math.Min(sb.Length, titleStart + after) - start));
    }

    private static string Squeeze(string text)
    {
        var lines = text.Split('\n').Select(TextNormalizer.Collapse).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
