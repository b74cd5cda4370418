using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Removes what is never article text before scoring: scripts and media, page chrome (nav, footer, aside),
/// hidden elements, and blocks whose class/id say share bar, comments, related teasers, newsletter, cookie box, TOC, FAQ...</summary>
internal static class BoilerplateFilter
{
    /// <summary>Strips boilerplate below <paramref name="root"/> in place, walking with an explicit stack.</summary>
    public static void Clean(IElement root)
    {
        Sweep(root, 0, codeOnly: true);
        Sweep(root, Math.Max(1, root.TextContent.Length), codeOnly: false);
    }

    private static void Sweep(IElement root, int rootLength, bool codeOnly)
    {
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IComment) { doomed.Add(node); continue; }
            if (node is not IElement element) continue;
            if (element != root && (codeOnly ? IsCode(element) : ShouldRemove(element, rootLength)))
            {
                doomed.Add(element);
                if (Environment.GetEnvironmentVariable("EXTRACT_TRACE") == "1" && element.TextContent.Length > 300) Console.Error.WriteLine($"REMOVED {element.TagName} .{ClassHints.Names(element)} len={element.TextContent.Length}");
                continue;
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push(child);
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
    private static bool IsMajor(IElement element, int rootLength) => element.TextContent.Length * 5 > rootLength * 2;

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
