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
        var rootMeasure = Measure(root);
        var page = new PageShare(Math.Max(1, rootMeasure.Text), rootMeasure.Prose);
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
        {
            var own = Measure(element);
            return !(own.Prose > 0 && element.ParentElement?.Closest("article, main, [role=main]") is not null) && !HoldsArticle(own, page);
        }
        if (tag is "BODY" or "HTML" or "ARTICLE" or "MAIN")
            return false;
        if (!ClassHints.LooksLikeChrome(element)) return false;
        var measure = Measure(element);
        return ClassHints.LooksLikeStrongChrome(element) ? !IsMajor(measure.Text, page) : !HoldsArticle(measure, page) && !IsUnlinkedProse(measure);
    }

    /// <summary>The page's text and prose totals, against which an element's share is judged.</summary>
    private readonly record struct PageShare(int Text, int Prose);

    /// <summary>An element holding a large share of the page text is never dropped on a name alone.</summary>
    private static bool IsMajor(int text, PageShare page) => text * 5L > page.Text * 2L;

    /// <summary>A block named or tagged as page furniture that still holds the article: a large share of the page text,
    /// or at least half of the page's prose paragraphs (themes wrap whole articles in "sidebar", "widget" or share-bar
    /// containers, and some pages put the story in an &lt;aside&gt; or a &lt;noscript&gt;).</summary>
    private static bool HoldsArticle(IElement element, PageShare page) => HoldsArticle(Measure(element), page);

    private static bool HoldsArticle(TextMeasure m, PageShare page) => IsMajor(m.Text, page) || (m.Prose >= MinArticleProse && m.Prose * 2L >= page.Prose);

    /// <summary>Prose with no link at all under a weak chrome name ("article-teaser" for the standfirst, "widget quote"): a
    /// teaser list or a share bar always links somewhere.</summary>
    private static bool IsUnlinkedProse(TextMeasure m) => m.Prose > 0 && m.Prose * 10 >= m.Text * 8 && m.Links == 0;

    private const int MinArticleProse = 400;

    /// <summary>Text characters under an element outside code, those inside links, and those of its prose paragraphs
    /// (&lt;p&gt; of 80 characters or more, under a third links).</summary>
    private readonly record struct TextMeasure(int Text, int Prose, int Links);

    /// <summary>Measures <paramref name="root"/> in one walk (explicit stack; a paragraph's text is summed as the walk leaves it).</summary>
    private static TextMeasure Measure(IElement root)
    {
        int text = 0, prose = 0, links = 0;
        int paragraphText = 0, paragraphLinks = 0;
        var stack = new Stack<(INode Node, bool InLink, bool Exit)>();
        stack.Push((root, false, false));
        while (stack.Count > 0)
        {
            var (node, inLink, exit) = stack.Pop();
            if (exit)
            {
                if (paragraphText >= 80 && paragraphLinks * 3 < paragraphText) prose += paragraphText;
                paragraphText = paragraphLinks = 0;
                continue;
            }
            if (node is IText t)
            {
                var length = t.Data.Length;
                text += length;
                paragraphText += length;
                if (inLink) { links += length; paragraphLinks += length; }
                continue;
            }
            if (node is not IElement e || (node != root && IsCode(e) && e.TagName != "NOSCRIPT")) continue;
            if (e.TagName == "P") { paragraphText = paragraphLinks = 0; stack.Push((e, inLink, true)); }
            var link = inLink || e.TagName == "A";
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], link, false));
        }
        return new TextMeasure(text, prose, links);
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
