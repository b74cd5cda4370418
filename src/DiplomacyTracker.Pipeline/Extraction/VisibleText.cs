using System.Text;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>The text a reader sees around the title, and where the title starts in it (-1 when there is no title).</summary>
internal sealed record HeaderText(string Text, int TitleAt)
{
    /// <summary>The title and what follows it for <paramref name="length"/> characters, where the byline sits.</summary>
    public string AfterTitle(int length) => TitleAt < 0 ? "" : Text.Substring(TitleAt, Math.Min(length, Text.Length - TitleAt));
}

/// <summary>The text a reader sees around the title (script and style skipped), where bylines carry dates.</summary>
internal static class VisibleText
{
    private const char TitleMark = '\u0001';

    /// <summary>Text from a little before <paramref name="title"/> to a little after it; the body's start when there is no title.</summary>
    public static HeaderText AroundTitle(IElement body, IElement? title, int before = 400, int after = 1200)
    {
        var sb = new StringBuilder();
        var titleStart = -1;
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == title) { titleStart = sb.Length; sb.Append(TitleMark); }
            if (node is IText textNode) { sb.Append(textNode.Data).Append(' '); }
            else if (node is IElement e && e.TagName is not ("SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "SVG"))
            {
                if (HtmlVocabulary.BlockTags.Contains(e.TagName)) sb.Append('\n');
                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
            if (titleStart >= 0 && sb.Length > titleStart + after) break;
            if (titleStart < 0 && title is null && sb.Length > after * 3) break;
        }
        if (titleStart < 0) return new HeaderText(Squeeze(sb.ToString(0, Math.Min(sb.Length, after * 3))), -1);
        var start = Math.Max(0, titleStart - before);
        var text = Squeeze(sb.ToString(start, Math.Min(sb.Length, titleStart + after) - start));
        var at = text.IndexOf(TitleMark);
        return new HeaderText(at < 0 ? text : text.Remove(at, 1), at);
    }

    /// <summary>All the text a reader sees under <paramref name="root"/> (up to <paramref name="max"/> characters), one line
    /// per block, leaving out subtrees <paramref name="skip"/> rejects.</summary>
    public static string Whole(IElement root, Func<IElement, bool> skip, int max = 200_000)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < max)
        {
            var node = stack.Pop();
            if (node is IText textNode) { sb.Append(textNode.Data).Append(' '); continue; }
            if (node is not IElement e || e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "SVG" || (e != root && skip(e))) continue;
            if (HtmlVocabulary.BlockTags.Contains(e.TagName)) sb.Append('\n');
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return Squeeze(sb.ToString());
    }

    private static string Squeeze(string text)
    {
        var lines = text.Split('\n').Select(TextNormalizer.Collapse).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
