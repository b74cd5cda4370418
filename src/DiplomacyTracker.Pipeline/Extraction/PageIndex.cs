using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>The elements metadata reading needs (meta, links, JSON-LD scripts, headings, time and byline
/// elements), gathered in one walk of the document instead of one selector query each.</summary>
internal sealed class PageIndex
{
    public List<IElement> Metas { get; } = [];
    public List<IElement> JsonLdScripts { get; } = [];
    public List<IElement> Headings { get; } = [];
    public List<IElement> Times { get; } = [];
    public List<IElement> DatePublished { get; } = [];
    /// <summary>Elements whose class or id names a date, time, byline or post meta ("entry-date", "artikeldatum", "fecha").</summary>
    public List<IElement> DateElements { get; } = [];
    /// <summary>Document order of the headings, time, itemprop-date and date-named elements.</summary>
    public Dictionary<IElement, int> Order { get; } = new(ReferenceEqualityComparer.Instance);
    private int _ordinal;
    public IElement? Canonical { get; private set; }
    public IElement? Author { get; private set; }

    public static PageIndex Build(IDocument document)
    {
        var index = new PageIndex();
        if (document.DocumentElement is null) return index;
        var stack = new Stack<IElement>();
        stack.Push(document.DocumentElement);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            index.Take(e);
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
        return index;
    }

    private void Take(IElement e)
    {
        var ordinal = _ordinal++;
        switch (e.TagName)
        {
            case "META": Metas.Add(e); break;
            case "H1" or "H2" when !IsSiteLogo(e): Headings.Add(e); Order[e] = ordinal; break;
            case "TIME": Times.Add(e); Order[e] = ordinal; break;
            case "SCRIPT" when IsJsonLd(e): JsonLdScripts.Add(e); break;
            case "LINK" when Canonical is null && string.Equals(e.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase): Canonical = e; break;
        }
        // One pass over the attributes instead of a lookup per name (most elements have none or one).
        string? itemprop = null, cls = null, id = null, rel = null;
        var attributes = e.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "itemprop": itemprop ??= attribute.Value; break;
                case "class": cls ??= attribute.Value; break;
                case "id": id ??= attribute.Value; break;
                case "rel": rel ??= attribute.Value; break;
            }
        }
        if (itemprop is not null && itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase)) { DatePublished.Add(e); Order[e] = ordinal; }
        else if (e.TagName is not ("TIME" or "META" or "SCRIPT" or "STYLE" or "LINK" or "HTML" or "BODY") && NamesADate(cls, id)) { DateElements.Add(e); Order[e] = ordinal; }
        if (Author is null && (string.Equals(itemprop, "author", StringComparison.OrdinalIgnoreCase) || rel == "author" || NamesAnAuthor(cls)))
            Author = e;
    }

    private static readonly System.Buffers.SearchValues<string> DateNameParts = System.Buffers.SearchValues.Create(
        ["date", "datum", "time", "publi", "posted", "byline", "dateline", "fecha", "meta", "zeit", "data"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A class or id that names a date, a time, a byline or post meta (read as raw attribute text, no token list).</summary>
    private static bool NamesADate(string? cls, string? id) =>
        (cls is not null && cls.AsSpan().ContainsAny(DateNameParts)) || (id is not null && id.AsSpan().ContainsAny(DateNameParts));

    private static bool IsJsonLd(IElement script)
    {
        var type = script.GetAttribute("type")?.Trim();
        if (string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase)) return true;
        if (!string.IsNullOrEmpty(type) && !type.Contains("javascript", StringComparison.OrdinalIgnoreCase)) return false;
        // A script holds one text node: reading it spares TextContent's copy of every inline script.
        var text = script.FirstChild is IText { NextSibling: null } only ? only.Data : script.TextContent;
        return text.Length > 0 && DepthGuard.IsUntypedJsonLd(text, 0, text.Length);
    }

    /// <summary>An h1 that is just a link to the site's home page is the logo, not a headline.</summary>
    private static bool IsSiteLogo(IElement heading)
    {
        if (heading.ParentElement is { TagName: "A" } parent && IsHomeLink(parent.GetAttribute("href"))) return true;
        var links = heading.GetElementsByTagName("a");
        return links.Length == 1 && IsHomeLink(links[0].GetAttribute("href"));
    }

    private static bool IsHomeLink(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return false;
        var h = href.Trim();
        if (h is "/" or "./" or "index.html" or "/index.html" or "#") return true;
        return Uri.TryCreate(h, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;
    }

    /// <summary>A class list with the token "byline" or "author", read as it is: <c>ClassList</c> would build a token list
    /// for every element of the page.</summary>
    private static bool NamesAnAuthor(string? classes)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
            if (classes.AsSpan(range) is "byline" or "author") return true;
        return false;
    }
}
