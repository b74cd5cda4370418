using System.Text;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The namespaces feeds use, by family (a feed that writes the Dublin Core URI without its final slash is still Dublin
/// Core), and the repair for prefixes used but never declared (<c>&lt;dc:date&gt;</c> with no <c>xmlns:dc</c>):
/// the known ones get their usual namespace, others a placeholder, all declared on the root element.
/// </summary>
internal static class FeedNamespaces
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace FeedBurner = "http://rssnamespace.org/feedburner/ext/1.0";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["dc"] = Dc.NamespaceName, ["dcterms"] = DcTerms.NamespaceName, ["content"] = Content.NamespaceName,
        ["media"] = Media.NamespaceName, ["atom"] = Atom.NamespaceName, ["rdf"] = Rdf.NamespaceName,
        ["feedburner"] = FeedBurner.NamespaceName, ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/", ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/", ["georss"] = "http://www.georss.org/georss",
        ["news"] = "http://www.google.com/schemas/sitemap-news/0.9", ["image"] = "http://www.google.com/schemas/sitemap-image/1.1",
    };

    /// <summary>The feed formats' own namespaces (RSS 0.90/1.0, the RSS 2.0 ones some feeds declare, Atom 0.3 and 1.0).</summary>
    public static bool IsCore(XNamespace ns) => ns == XNamespace.None || ns == Atom || ns == Atom03
        || ns.NamespaceName is "http://purl.org/rss/1.0/" or "http://my.netscape.com/rdf/simple/0.9/"
            or "http://backend.userland.com/rss2" or "http://blogs.law.harvard.edu/tech/rss" or "http://backend.userland.com/rss";

    public static bool IsDc(XNamespace ns) => ns.NamespaceName.Contains("purl.org/dc/elements", StringComparison.OrdinalIgnoreCase);

    public static bool IsDcTerms(XNamespace ns) => ns.NamespaceName.Contains("purl.org/dc/terms", StringComparison.OrdinalIgnoreCase);

    public static bool IsMedia(XNamespace ns) => ns.NamespaceName.Contains("search.yahoo.com/mrss", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text (from its root element on) with a declaration on the root for each prefix used but declared nowhere.</summary>
    public static string DeclareMissing(string text)
    {
        var (used, declared) = Prefixes(text);
        used.ExceptWith(declared);
        used.ExceptWith(["xml", "xmlns"]);
        if (used.Count == 0) return text;
        var rootNameEnd = 1;
        while (rootNameEnd < text.Length && IsNameChar(text[rootNameEnd])) rootNameEnd++;
        var declarations = new StringBuilder();
        foreach (var prefix in used.Order(StringComparer.Ordinal))
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(Known.GetValueOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix)).Append('"');
        return text.Insert(rootNameEnd, declarations.ToString());
    }

    /// <summary>The prefixes of element and attribute names, and the ones declared with xmlns:p; one pass over the tags, comments and CDATA skipped.</summary>
    private static (HashSet<string> Used, HashSet<string> Declared) Prefixes(string text)
    {
        HashSet<string> used = new(StringComparer.Ordinal), declared = new(StringComparer.Ordinal);
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (text[i + 1] == '!')
            {
                var close = string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0 ? text.IndexOf("]]>", i, StringComparison.Ordinal)
                    : string.CompareOrdinal(text, i, "<!--", 0, 4) == 0 ? text.IndexOf("-->", i, StringComparison.Ordinal) : i;
                if (close < 0) break;
                i = close;
                continue;
            }
            var j = text[i + 1] == '/' ? i + 2 : i + 1;
            j = ReadName(text, j, used, null);
            if (text[i + 1] == '/') continue;
            while (j < text.Length && text[j] is not ('>' or '<'))
            {
                var c = text[j];
                if (c is '"' or '\'')
                {
                    var end = text.IndexOf(c, j + 1);
                    if (end < 0) return (used, declared);
                    j = end + 1;
                }
                else if (IsNameStart(c) && char.IsWhiteSpace(text[j - 1])) j = ReadName(text, j, used, declared);
                else j++;
            }
            i = j - 1;
        }
        return (used, declared);
    }

    /// <summary>Reads a name at <paramref name="start"/>; notes its prefix as used, or the prefix it declares (xmlns:p).</summary>
    private static int ReadName(string text, int start, HashSet<string> used, HashSet<string>? declared)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end])) end++;
        var colon = text.IndexOf(':', start, end - start);
        if (colon > start)
        {
            var prefix = text[start..colon];
            if (prefix == "xmlns" && declared is not null) declared.Add(text[(colon + 1)..end]);
            else used.Add(prefix);
        }
        return end;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
