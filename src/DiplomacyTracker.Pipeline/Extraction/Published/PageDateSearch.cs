using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Lists every date a page states about itself, most trusted first (see <see cref="PublishedDateFinder"/>).
/// Lazy: later sources are only read when the earlier ones give nothing usable.</summary>
internal sealed partial class PageDateSearch(PageMetadata meta, IElement? body, Uri? url, HeaderText? header, TimeZoneInfo zone)
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "datepublished",
        "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "sailthru.date", "parsely-pub-date",
        "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_publication_date", "article.published", "og:regdate",
        "originalpublicationdate", "article_date_original", "bt:pubdate", "rnews:datepublished", "article.created", "date_published",
    ];

    private static readonly string[] GenericKeys = ["date", "dc.date", "dc.date.created", "created", "dcterms.date", "displaydate", "datecreated", "creation_date"];

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "modified"];

    [GeneratedRegex(@"(?<![\p{L}])(?:published|posted|first published|publication date|date|datum|veröffentlicht|erstellt|erschienen|publié(?:e)?|publicado|publicada|publicación|pubblicato|gepubliceerd|opublikowano|опубликовано|опубліковано|yayınlanma|입력|등록|작성|기사입력|발행)(?![\p{L}])\s*(?:on|am|le|el|il|em|op|:|：)?\s*(?:[:：-]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"(?<![\p{L}])(?:updated|modified|last edit(?:ed)?|aktualisiert|geändert|änderung|zuletzt|mis à jour|modifié|actualizado|actualización|atualizado|aggiornato|bijgewerkt|обновлено|оновлено|güncelleme|수정|업데이트)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    [GeneratedRegex(@"related|popular|recent|teaser|recommend|trending|more-|most-|latest|footer|comment|reply|antwort|kommentar", RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereOnPage();

    /// <summary>Layout names: another story's date when outside the article, page layout inside it.</summary>
    [GeneratedRegex(@"sidebar|widget|rail|aside", RegexOptions.IgnoreCase)]
    private static partial Regex LayoutOnPage();

    /// <summary>Bounds on the dated elements read, so a page with hundreds of "data-" or "meta" classes stays cheap.</summary>
    private const int MaxNear = 40, MaxFar = 60;

    private readonly DateEvidence _dates = meta.Dates;
    private readonly bool _monthFirst = meta.Language is { } l && (l.Equals("en", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en-us", StringComparison.OrdinalIgnoreCase));
    private readonly List<DateCandidate> _updates = [];

    /// <summary>What the page states about itself in its metadata and near its title, most trusted first.</summary>
    public IEnumerable<DateCandidate> Candidates()
    {
        foreach (var ld in OwnArticleFirst())
            if (DateCandidate.Machine(ld.Published ?? ld.Created, "json-ld", zone) is { } c) yield return c;
        foreach (var e in _dates.ItemPropDates)
            foreach (var c in FromElement(e, "meta", firstOnly: true)) yield return c;
        foreach (var c in FromMetas(PublishedKeys, "meta")) yield return c;

        var headerText = header?.Text;
        var near = new List<IElement>();
        var far = new List<IElement>();
        SplitByNearness(near, far);
        // The byline: a <time datetime> near the title, the date written right under the title, other dated elements near it.
        foreach (var e in near.Where(e => e.TagName == "TIME" && e.HasAttribute("datetime") && IsRightBy(e) && e.Closest("blockquote") is null).Take(2))
            foreach (var c in FromElement(e, "time", firstOnly: true)) yield return c;
        if (header is { TitleAt: >= 0 } && DateTextParser.FindAll(header.AfterTitle(TitleLength() + 120), zone, _monthFirst, 1) is [var underTitle])
            yield return DateCandidate.FromText(underTitle, "text", header.Text);
        foreach (var e in near)
            foreach (var c in FromElement(e, e.TagName == "TIME" ? "time" : "text", firstOnly: false)) yield return c;
        if (headerText is not null)
            foreach (var found in Labelled(headerText, zone, _monthFirst)) yield return DateCandidate.FromText(found, "text", headerText);

        foreach (var c in FromMetas(GenericKeys, "meta")) yield return c;
        if (UrlDates.FromPath(Canonical(), zone) is { } fromUrl) yield return new DateCandidate(fromUrl, "url", "", false);
        if (headerText is not null)
            foreach (var found in DateTextParser.FindAll(headerText, zone, _monthFirst, 3)) yield return DateCandidate.FromText(found, "text", headerText);
        if (_dates.PageTitle is { } title)
            foreach (var found in DateTextParser.FindAll(title, zone, _monthFirst, 1)) yield return DateCandidate.FromText(found, "text", title);
        foreach (var e in far)
            foreach (var c in FromElement(e, e.TagName == "TIME" ? "time" : "text", firstOnly: false)) yield return c;

    }

    /// <summary>Cheap second readings of the publication day, for giving a UTC instant the page's own day: the other
    /// metadata values, the dates near the title, the time elements' own text, the URL.</summary>
    public IEnumerable<DateCandidate> Witnesses()
    {
        foreach (var ld in _dates.JsonLd)
            foreach (var value in new[] { ld.Published, ld.Created })
                if (DateCandidate.Machine(value, "json-ld", zone) is { } c) yield return c;
        foreach (var c in FromMetas(PublishedKeys, "meta")) yield return c;
        foreach (var c in FromMetas(GenericKeys, "meta")) yield return c;
        if (header is { TitleAt: >= 0 })
            foreach (var found in DateTextParser.FindAll(header.AfterTitle(TitleLength() + 300), zone, _monthFirst, 3)) yield return DateCandidate.FromText(found, "text", header.Text);
        if (meta.TitleHeading is { } heading && _dates.Order.TryGetValue(heading, out var title))
        {
            var order = _dates.Order;
            var near = _dates.Times.Concat(_dates.DateElements).Where(e => order[e] >= title && order[e] - title <= 200).OrderBy(e => order[e]);
            foreach (var e in near.Where(e => !IsElsewhere(e)).Take(6))
                foreach (var found in DateTextParser.FindAll(ShortText(e, 200), zone, _monthFirst, 2)) yield return DateCandidate.FromText(found, "text", "");
        }
        if (UrlDates.FromPath(Canonical(), zone) is { } fromUrl) yield return new DateCandidate(fromUrl, "url", "", false);
    }

    /// <summary>When the page states nothing near its title: a labelled date anywhere in its visible text (outside
    /// comments and teasers), then last-modified dates. Reading the whole text costs a walk of the page, so this is
    /// separate from <see cref="Candidates"/>.</summary>
    public IEnumerable<DateCandidate> PageWideCandidates()
    {
        var whole = body is null ? "" : VisibleText.Whole(body, IsChrome);
        foreach (var found in Labelled(whole, zone, _monthFirst)) yield return DateCandidate.FromText(found, "text", "");

        foreach (var ld in _dates.JsonLd)
            if (DateCandidate.Machine(ld.Modified, "modified", zone) is { } c) yield return c;
        foreach (var c in FromMetas(ModifiedKeys, "modified")) yield return c;
        foreach (var c in _updates) yield return c;
        foreach (Match label in UpdateLabel().Matches(whole))
            if (DatesAfter(whole, label.Index + label.Length) is { } found) yield return DateCandidate.FromText(found, "modified", "");
    }

    private static bool IsChrome(IElement e) =>
        e.TagName is "NAV" or "FOOTER" or "ASIDE" || (ClassHints.Names(e) is { Length: > 0 } names && ReadNames(names) == Elsewhere);

    private const int Elsewhere = 1, Layout = 2;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> NamesRead = new(StringComparer.Ordinal);

    /// <summary>What class/id names say for date purposes (remembered: the same names recur on every page of a site).</summary>
    private static int ReadNames(string names)
    {
        if (NamesRead.TryGetValue(names, out var kind)) return kind;
        if (NamesRead.Count > 50_000) NamesRead.Clear();
        return NamesRead[names] = ElsewhereOnPage().IsMatch(names) ? Elsewhere : LayoutOnPage().IsMatch(names) ? Layout : 0;
    }

    private TextDate? DatesAfter(string text, int start)
    {
        var after = text.Substring(start, Math.Min(80, text.Length - start));
        return DateTextParser.FindAll(after, zone, _monthFirst, 1) is [{ Index: < 25 } found] ? found : null;
    }

    /// <summary>Dates after a publication label ("Published: …", "Veröffentlicht am …", "입력 …") in <paramref name="text"/>.</summary>
    public static IEnumerable<TextDate> Labelled(string text, TimeZoneInfo zone, bool monthFirst)
    {
        foreach (Match label in PublishedLabel().Matches(text))
        {
            var start = label.Index + label.Length;
            var after = text.Substring(start, Math.Min(80, text.Length - start));
            if (DateTextParser.FindAll(after, zone, monthFirst, 1) is [{ Index: < 25 } found]) yield return found with { Index = found.Index + start };
        }
    }

    /// <summary>The page's own article first: among the best-typed objects, the one whose headline is the page title.</summary>
    private IEnumerable<JsonLdDates> OwnArticleFirst()
    {
        var title = Key(meta.Title);
        return _dates.JsonLd.OrderBy(d => d.Rank).ThenBy(d => title.Length > 0 && Key(d.Headline) == title ? 0 : 1);
    }

    private IEnumerable<DateCandidate> FromMetas(string[] keys, string source)
    {
        foreach (var key in keys)
            foreach (var pair in _dates.Metas)
                if (pair.Key == key && DateCandidate.Machine(pair.Value, source, zone) is { } c) yield return c;
    }

    /// <summary>A time element's datetime, an element's content/datetime attribute, else the dates in its text; dates
    /// that follow an "updated" label, or sit in an element named for updates, are kept for the last tier.</summary>
    private IEnumerable<DateCandidate> FromElement(IElement e, string source, bool firstOnly)
    {
        var updated = ClassHints.Names(e) is { Length: > 0 } names && (names.Contains("updat", StringComparison.OrdinalIgnoreCase) || names.Contains("modif", StringComparison.OrdinalIgnoreCase));
        var attribute = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? (e.TagName == "ABBR" ? e.GetAttribute("title") : null);
        if (DateCandidate.Machine(attribute, source == "text" ? "time" : source, zone) is { } machine)
        {
            if (updated) _updates.Add(machine with { Source = "modified" });
            else yield return machine;
            if (firstOnly) yield break;
        }
        var text = ShortText(e, 300);
        foreach (var found in DateTextParser.FindAll(text, zone, _monthFirst, firstOnly ? 1 : 3))
        {
            var before = text[Math.Max(0, found.Index - 30)..found.Index];
            var candidate = DateCandidate.FromText(found, source == "time" ? "time" : source, text);
            if (updated || UpdateLabel().IsMatch(before)) _updates.Add(candidate with { Source = "modified" });
            else yield return candidate;
        }
    }

    /// <summary>Dated elements outside sidebars, comments and teasers, split into those near the title (after it first,
    /// nearest first; then shortly before it) and the rest in page order.</summary>
    private void SplitByNearness(List<IElement> near, List<IElement> far)
    {
        var order = _dates.Order;
        var times = _dates.Times.Where(t => t.HasAttribute("datetime")).ToList();
        // A dated wrapper around a <time datetime> says no more than the time element itself, and less precisely.
        bool WrapsTime(IElement e) => times.Any(t => order[t] > order[e] && order[t] - order[e] < 40 && e.Contains(t));
        var all = _dates.Times.Concat(_dates.DateElements).OrderBy(e => order[e]).Where(e => !IsElsewhere(e) && (e.TagName == "TIME" || !WrapsTime(e))).Take(MaxNear + MaxFar * 2).ToList();
        if (meta.TitleHeading is not { } heading || !order.TryGetValue(heading, out var title))
        {
            far.AddRange(all);
            return;
        }
        near.AddRange(all.Where(e => order[e] >= title && order[e] - title <= 200).Take(MaxNear));
        near.AddRange(all.Where(e => order[e] < title && title - order[e] <= 80).OrderByDescending(e => order[e]).Take(MaxNear / 2));
        var taken = near.ToHashSet();
        far.AddRange(all.Where(e => !taken.Contains(e)).Take(MaxFar));
    }

    /// <summary>Within a few dozen elements of the title heading, before or after it: where a byline sits.</summary>
    private bool IsRightBy(IElement e) =>
        meta.TitleHeading is { } h && _dates.Order.TryGetValue(h, out var title) && Math.Abs(_dates.Order[e] - title) <= 60;

    private int TitleLength() => meta.TitleHeading is { } h ? TextNormalizer.Collapse(h.TextContent).Length : 0;

    private string? Canonical() => _dates.CanonicalUrl is { } c && Uri.TryCreate(c, UriKind.Absolute, out var u) ? u.AbsolutePath : url?.AbsolutePath;

    private static string Key(string? text) => new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The element's text, or its first <paramref name="max"/> characters, without walking the rest of a big subtree.</summary>
    private static string ShortText(IElement e, int max)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(e);
        while (stack.Count > 0 && sb.Length < max)
        {
            var node = stack.Pop();
            if (node is IText t) { sb.Append(t.Data).Append(' '); continue; }
            if (node is IElement el && el != e && el.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "SVG") continue;
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        var text = TextNormalizer.Collapse(sb.ToString());
        return text.Length > max ? text[..max] : text;
    }

    /// <summary>In a navigation bar, a footer, comments or a teaser block; in a sidebar or an aside unless that sits
    /// inside the &lt;article&gt; that carries the title (where it is the article's own layout).</summary>
    private bool IsElsewhere(IElement element)
    {
        var layout = false;
        var depth = 0;
        for (var e = element; e is not null && depth < 40; e = e.ParentElement, depth++)
        {
            if (e.TagName is "NAV" or "FOOTER") return true;
            if (e.TagName is "ASIDE") layout = true;
            var names = ClassHints.Names(e);
            if (names.Length > 0 && ReadNames(names) is var kind && kind != 0)
            {
                if (kind == Elsewhere) return true;
                layout = true;
            }
            if (e.TagName is "ARTICLE" && meta.TitleHeading is { } title && e.Contains(title)) return false;
            if (e.TagName is "MAIN" or "BODY") return layout;
        }
        return layout;
    }
}
