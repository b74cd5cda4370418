using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Reads what a page's own class and id names say about an element ("share-bar", "entry-content").
/// Each name is split into words (dashes, underscores, camelCase); a name with a chrome word ("related-posts")
/// counts as chrome even when it also has a content word, while an element with both a chrome name and a
/// content name ("l-sidebar-fixed l-article-body") is left to scoring.</summary>
internal static class ClassHints
{
    private static readonly HashSet<string> ChromeWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "share", "sharing", "shares", "sharebar", "social", "related", "recommend", "recommended",
        "recommendations", "popular", "trending", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent",
        "gdpr", "advert", "advertisement", "advertising", "ad", "ads", "adsense", "dfp", "sponsor", "sponsored", "promo", "promoted",
        "promotion", "sidebar", "widget", "widgets", "footer", "masthead", "breadcrumb", "breadcrumbs", "pagination", "pager",
        "outbrain", "taboola", "zergnet", "caption", "credit", "credits", "modal", "popup", "popover", "overlay", "toolbar", "tags",
        "keywords", "faq", "faqs", "toc", "byline", "timestamp", "login", "paywall", "rating", "print", "banner", "nav", "navbar",
        "navigation", "menu", "skip", "teaser", "teasers", "bio", "dateline", "newsletters", "subscribers", "hidden", "tooltip", "rollover", "hovercard",
    };

    /// <summary>Chrome words that are weak evidence: a share bar or a sidebar wrapper, but also the names some themes give the
    /// block around the whole article ("documentContent__sharingContainer", "theiaStickySidebar", "elementor-widget-container").</summary>
    private static readonly HashSet<string> WeakChromeWords = new(StringComparer.Ordinal)
    {
        "share", "sharing", "shares", "sharebar", "social", "sidebar", "widget", "widgets", "banner", "menu", "nav", "navbar", "navigation",
        "footer", "masthead", "hidden", "overlay", "modal", "print", "skip", "toolbar", "teaser", "teasers",
    };

    /// <summary>Layout words: they mark chrome only in a name without a content word ("content-with-sidebar" is content).</summary>
    private static readonly HashSet<string> LayoutWords = new(StringComparer.Ordinal)
    {
        "sidebar", "widget", "widgets", "banner", "menu", "nav", "navbar", "navigation", "footer", "masthead", "hidden", "overlay",
        "modal", "print", "skip", "toolbar", "social",
    };

    private static readonly string[] ChromePhrases =
    [
        "sr only", "visually hidden", "screen reader", "read more", "also read", "more stories", "more articles", "more news",
        "more from", "next article", "next post", "prev article", "prev post", "author box", "author info", "about author",
        "did you know", "pro tip", "tip box", "table of contents", "tag list", "post meta", "entry meta", "article meta", "meta data",
        "you may like", "most read", "most popular", "ez toc", "jump link",
    ];

    /// <summary>Phrases some themes also give the article's own wrapper ("newsArticleMeta", "read_more").</summary>
    private static readonly HashSet<string> WeakPhrases = new(StringComparer.Ordinal) { "read more", "post meta", "entry meta", "article meta", "meta data" };

    private static readonly HashSet<string> EmbedWords = new(StringComparer.Ordinal) { "embed", "embedded", "tweet", "blockquote", "pullquote" };

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text", "blog", "prose", "richtext", "copy",
    };

    /// <summary>The class and id names of <paramref name="element"/>, space-joined. A heading's id is left out: it is an
    /// anchor made from the heading's own words ("nav_nur_die_folie", "toc-share-prices"), not a name for what it is.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = HtmlVocabulary.IsHeading(element.TagName) ? null : element.Id;
        return string.IsNullOrEmpty(id) ? cls ?? "" : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
    }

    /// <summary>+25 for content-like names, -25 for chrome-like names (both can apply).</summary>
    public static int Weight(IElement element)
    {
        var (chrome, content) = Classify(Names(element));
        return (content ? 25 : 0) - (chrome ? 25 : 0);
    }

    /// <summary>True when the element has a chrome-like name and no content-like one.</summary>
    public static bool LooksLikeChrome(IElement element)
    {
        var (chrome, content) = Classify(Names(element));
        return chrome && !content;
    }

    /// <summary>True when a chrome name says what the block is (comments, related, newsletter, ads...), not just where it sits
    /// or that it has share buttons: such blocks go even when they hold long prose.</summary>
    public static bool LooksLikeStrongChrome(IElement element)
    {
        var (chrome, content) = Classify(Names(element));
        if (!chrome || content) return false;
        var names = Names(element);
        if (StrongCache.TryGetValue(names, out var strong)) return strong;
        if (StrongCache.Count > 50_000) StrongCache.Clear();
        return StrongCache[names] = names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsStrong);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> StrongCache = new(StringComparer.Ordinal);

    private static bool IsStrong(string name)
    {
        var words = Words(name);
        DropNegatedWords(words);
        var joined = " " + string.Join(' ', words) + " ";
        return words.Any(w => ChromeWords.Contains(w) && !WeakChromeWords.Contains(w))
            || ChromePhrases.Any(p => !WeakPhrases.Contains(p) && joined.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>Class strings repeat across elements and pages, so their reading is remembered (bounded).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Chrome, bool Content)> Cache = new(StringComparer.Ordinal);

    private static (bool Chrome, bool Content) Classify(string names)
    {
        if (names.Length == 0) return (false, false);
        if (Cache.TryGetValue(names, out var known)) return known;
        var result = ClassifyUncached(names);
        if (Cache.Count > 50_000) Cache.Clear();
        Cache[names] = result;
        return result;
    }

    private static (bool Chrome, bool Content) ClassifyUncached(string names)
    {
        bool chrome = false, content = false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Words(name);
            if (words.Count >= 2 && words[^1] == "hidden" && words[^2] == "label") words.RemoveAt(words.Count - 1); // Drupal's "field--label-hidden"
            DropNegatedWords(words);
            var joined = " " + string.Join(' ', words) + " ";
            if (words.Any(w => ChromeWords.Contains(w) && !LayoutWords.Contains(w)) || ChromePhrases.Any(p => joined.Contains(" " + p + " ", StringComparison.Ordinal)))
                chrome = true;
            else if (words.Any(EmbedWords.Contains))
                content = true; // an embedded post or quote in the story ("social-media-embed", "twitter-tweet") is what someone said
            else if (words.Any(ContentWords.Contains))
                content = true;
            else if (words.Any(LayoutWords.Contains))
                chrome = true;
        }
        return (chrome, content);
    }

    /// <summary>"has-ads", "with-sidebar", "no-comments" say what is next to the element, not what it is.</summary>
    private static void DropNegatedWords(List<string> words)
    {
        for (var i = words.Count - 1; i > 0; i--)
            if (words[i - 1] is "has" or "with" or "no" or "without") words.RemoveAt(i);
    }

    /// <summary>Splits "PageBuilder-pageRow" into "page", "builder", "page", "row".</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '-';
            var boundary = !char.IsLetterOrDigit(c) || (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0) { words.Add(name[start..i].ToLowerInvariant()); start = -1; }
            if (char.IsLetterOrDigit(c) && start < 0) start = i;
        }
        return words;
    }
}
