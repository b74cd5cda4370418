using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Reads what a page's own class and id names say about an element ("share-bar", "entry-content").</summary>
internal static partial class ClassHints
{
    [GeneratedRegex(@"comment|disqus|share|sharing|social|related|recommend|popular|trending|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|advert|sponsor|promo|sidebar|widget|footer|masthead|breadcrumb|pagination|pager|outbrain|taboola|zergnet|read-?more|also-?read|more-?(stories|articles|news|from)|next-?(article|post)|prev-?(article|post)|author-?(bio|box|info)|caption|credit|modal|popup|overlay|sr-only|visually-?hidden|screen-?reader|skip-|print-|jump|rating|login|paywall|toolbar|tags|tag-?list|keyword|topics|faq|\btoc\b|table-?of-?contents|ez-toc|did-?you-?know|pro-?tip|tip-?box|\bad\b|\bads\b|ad-(slot|unit|wrap|container|box)|adsense|dfp|banner|byline|dateline-?bar|post-?meta|entry-?meta|article-?meta|meta-?(data|info)|timestamp|subscribe", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|prose|rich-?text", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"^(comments?|disqus_thread|sidebar|footer|related|share|social|newsletter|cookie.*|nav|menu|breadcrumbs?|toc|faq)$|comment-?list|comments-?(area|section|wrap|container)|share-?(bar|buttons|tools|links|box)|social-?(share|links|bar|icons)|related-?(posts|articles|stories|content|news|links)|newsletter|cookie|breadcrumb|sidebar|\btoc\b|ez-toc|table-?of-?contents|outbrain|taboola|\bfaq", RegexOptions.IgnoreCase)]
    private static partial Regex StrongNegative();

    /// <summary>The class and id names of <paramref name="element"/>, space-joined.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return string.IsNullOrEmpty(id) ? cls ?? "" : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    /// <summary>+25 for content-like names, -25 for chrome-like names, both when mixed cancel out.</summary>
    public static int Weight(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
            return 0;
        var weight = 0;
        if (Negative().IsMatch(names)) weight -= 25;
        if (Positive().IsMatch(names)) weight += 25;
        return weight;
    }

    /// <summary>True when each of the element's names is chrome-like, or one is unmistakably chrome ("share-buttons").</summary>
    public static bool LooksLikeChrome(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
            return false;
        if (StrongNegative().IsMatch(names))
            return true;
        return Negative().IsMatch(names) && !Positive().IsMatch(names);
    }
}
