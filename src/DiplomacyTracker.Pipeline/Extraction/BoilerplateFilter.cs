using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Removes what is never article text before scoring: scripts and media, page chrome (nav, footer, aside),
/// hidden elements, and blocks whose class/id say share bar, comments, related teasers, newsletter, cookie box, TOC, FAQ...</summary>
internal static class BoilerplateFilter
{
    /// <summary>Strips boilerplate below <paramref name="root"/> in place, walking with an explicit stack. One sweep removes code and chrome together; text lengths skip code, so the "major element" test
    /// sees the same numbers as it would after the code was gone.</summary>
    public static void Clean(IElement root)
    {
        var rootLength = Math.Max(1, TextLength(root));
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IComment) { doomed.Add(node); continue; }
            if (node is not IElement element) continue;
            if (element != root && (IsCode(element) || ShouldRemove(element, rootLength)))
            {
                doomed.Add(element);
                continue;
            }
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push(children[i]);
        }
        foreach (var node in doomed)
            node.Parent?.RemoveChild(node);
    }

    private static bool IsCode(IElement element) => element.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "SVG";

    private static bool ShouldRemove(IElement element, int rootLength)
    {
        var tag = element.TagName;
        if (HtmlVocabulary.NeverContent.Contains(tag))
            return !(tag is "ASIDE" or "FOOTER" && IsMajor(element, rootLength));
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
            return true;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog" or "menu" or "menubar" or "search")
            return !IsMajor(element, rootLength);
        if (tag is "HEADER")
            return !IsMajor(element, rootLength);
        if (tag is "BODY" or "HTML" or "ARTICLE" or "MAIN")
            return false;
        return ClassHints.LooksLikeChrome(element) && !IsMajor(element, rootLength);
    }

    /// <summary>An element holding a large share of the page text is never dropped on a name alone.</summary>
    private static bool IsMajor(IElement element, int rootLength) => TextLength(element) * 5L > rootLength * 2L;

    /// <summary>Characters of text under <paramref name="root"/> outside code elements, counted without building the string.</summary>
    internal static int TextLength(INode root)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text) { length += text.Data.Length; continue; }
            if (node is IElement e && node != root && IsCode(e)) continue;
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++) stack.Push(children[i]);
        }
        return length;
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
