using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The namespaces feeds use, by family (a feed that writes the Dublin Core URI without its final slash is still Dublin
/// Core), and the repair for prefixes used but never declared (<c>&lt;dc:date&gt;</c> with no <c>xmlns:dc</c>):
/// the known ones get their usual namespace, others a placeholder, all declared on the root element.
/// </summary>
internal static partial class FeedNamespaces
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
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in PrefixedName().Matches(text)) used.Add(m.Groups["prefix"].Value);
        used.ExceptWith(["xml", "xmlns"]);
        if (used.Count == 0) return text;
        foreach (Match m in Declaration().Matches(text)) used.Remove(m.Groups["prefix"].Value);
        if (used.Count == 0) return text;
        var rootName = RootName().Match(text);
        if (!rootName.Success) return text;
        var declarations = new StringBuilder();
        foreach (var prefix in used.Order(StringComparer.Ordinal))
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(Known.GetValueOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix)).Append('"');
        return text.Insert(rootName.Index + rootName.Length, declarations.ToString());
    }

    // An element name "<p:x" or "</p:x", or an attribute " p:x=".
    [GeneratedRegex(@"(?:</?|\s)(?<prefix>[A-Za-z_][\w.\-]*):[A-Za-z_][\w.\-]*(?=[\s/>=])")]
    private static partial Regex PrefixedName();

    [GeneratedRegex(@"\sxmlns:(?<prefix>[A-Za-z_][\w.\-]*)\s*=")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^<[A-Za-z_][\w.\-:]*")]
    private static partial Regex RootName();
}
