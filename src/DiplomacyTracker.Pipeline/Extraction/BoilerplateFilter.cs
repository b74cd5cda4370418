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
        var (rootText, rootProse) = Measure(root);
        var page = new PageShare(Math.Max(1, rootText), rootProse);
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IComment) { doomed.Add(node); continue; }
            if (node is not IElement element) continue;
            if (element != root && (IsCode(element) ? !(element.TagName == "NOSCRIPT" && HoldsArticle(element, page)) : ShouldRemove(element, page)))
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

    private static bool ShouldRemove(IElement element, PageShare page)
    {
        var tag = element.TagName;
        if (HtmlVocabulary.NeverContent.Contains(tag))
            return !(tag is "ASIDE" or "FOOTER" && HoldsArticle(element, page));
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
            return true;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog" or "menu" or "menubar" or "search")
            return !HoldsArticle(element, page);
        if (tag is "HEADER") // the page's header goes; an article's own header stays when it holds prose (a lede before a paywall)
            return !(element.ParentElement?.Closest("article, main, [role=main]") is not null && Measure(element).Prose > 0) && !HoldsArticle(element, page);
        if (tag is "BODY" or "HTML" or "ARTICLE" or "MAIN")
            return false;
        if (!ClassHints.LooksLikeChrome(element)) return false;
        return ClassHints.LooksLikeStrongChrome(element) ? !IsMajor(Measure(element).Text, page) : !HoldsArticle(element, page) && !IsUnlinkedProse(element);
    }

    /// <summary>The page's text and prose totals, against which an element's share is judged.</summary>
    private readonly record struct PageShare(int Text, int Prose);

    /// <summary>An element holding a large share of the page text is never dropped on a name alone.</summary>
    private static bool IsMajor(int text, PageShare page) => text * 5L > page.Text * 2L;

    /// <summary>A block named or tagged as page furniture that still holds the article: a large share of the page text,
    /// or at least half of the page's prose paragraphs (themes wrap whole articles in "sidebar", "widget" or share-bar
    /// containers, and some pages put the story in an &lt;aside&gt; or a &lt;noscript&gt;).</summary>
    private static bool HoldsArticle(IElement element, PageShare page)
    {
        var (text, prose) = Measure(element);
        return IsMajor(text, page) || (prose >= MinArticleProse && prose * 2L >= page.Prose);
    }

    /// <summary>Prose with no link at all under a weak chrome name ("article-teaser" for the standfirst, "widget quote"): a
    /// teaser list or a share bar always links somewhere.</summary>
    private static bool IsUnlinkedProse(IElement element)
    {
        var (text, prose) = Measure(element);
        return prose > 0 && prose * 10 >= text * 8 && !HasLinkText(element);
    }

    private static bool HasLinkText(IElement element)
    {
        foreach (var a in element.GetElementsByTagName("a"))
            if (!string.IsNullOrWhiteSpace(a.TextContent)) return true;
        return false;
    }

    private const int MinArticleProse = 400;

    /// <summary>Text characters under <paramref name="root"/> outside code, and the characters of its prose paragraphs
    /// (&lt;p&gt; of 80 characters or more, under a third links).</summary>
    private static (int Text, int Prose) Measure(IElement root)
    {
        int text = 0, prose = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) { text += t.Data.Length; continue; }
            if (node is IElement e && node != root && IsCode(e) && e.TagName != "NOSCRIPT") continue;
            if (node is IElement { TagName: "P" } p)
            {
                var (length, links) = ParagraphLength(p);
                text += length;
                if (length >= 80 && links * 3 < length) prose += length;
                continue;
            }
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++) stack.Push(children[i]);
        }
        return (text, prose);
    }

    private static (int Length, int Links) ParagraphLength(IElement paragraph)
    {
        int length = 0, links = 0;
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((paragraph, false));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node is IText t) { length += t.Data.Length; if (inLink) links += t.Data.Length; continue; }
            if (node is IElement e && node != paragraph && IsCode(e)) continue;
            var link = inLink || node is IElement { TagName: "A" };
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++) stack.Push((children[i], link));
        }
        return (length, links);
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
