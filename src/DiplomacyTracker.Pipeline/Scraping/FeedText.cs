using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Feed text as HTML, whatever form the feed wrote it in: Atom text constructs (<c>type</c> text, html, xhtml or a MIME
/// type; Atom 0.3 <c>mode</c> xml, escaped or base64), markup written straight into the element, or RSS's text, which
/// is HTML in practice. Plain text comes back HTML-escaped, so "History of the &lt;blink&gt; tag" stays visible text.
/// </summary>
public static partial class FeedText
{
    /// <summary>The element's content as HTML, or null when it is empty.</summary>
    public static string? Html(XElement? element)
    {
        if (element is null) return null;
        var type = (element.Attribute("type")?.Value ?? "").Trim().ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? "").Trim().ToLowerInvariant();
        string? html;
        if (mode == "base64" || IsBinaryType(type))
            html = Base64(element.Value);
        else if (element.HasElements) // xhtml, Atom 0.3 mode="xml", or markup written straight in
            html = InnerMarkup(element.Elements().SingleOrDefault() is { Name.LocalName: "div" } div && !element.Nodes().OfType<XText>().Any(t => t.Value.Trim().Length > 0) ? div : element);
        else if (type is "text" or "text/plain" || (type.Length == 0 && (element.Name.Namespace == FeedNamespaces.Atom || element.Name.Namespace == FeedNamespaces.Atom03)))
            html = WebUtility.HtmlEncode(element.Value);
        else
            html = element.Value; // html, text/html, escaped, or RSS
        return html?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }

    /// <summary>Visible text of feed HTML: tags dropped, entities decoded, white space collapsed; null when nothing is left.</summary>
    public static string? Visible(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = WebUtility.HtmlDecode(Tag().Replace(html, m => BlockTag().IsMatch(m.Value) ? " " : ""));
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 0 ? collapsed : null;
    }

    /// <summary>Atom 1.0: a MIME type that is neither text nor XML means base64 content.</summary>
    private static bool IsBinaryType(string type) =>
        type.Contains('/') && !type.StartsWith("text/", StringComparison.Ordinal) && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? Base64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(WhiteSpace().Replace(value, ""), buffer, out var length)
            ? Encoding.UTF8.GetString(buffer, 0, length) : value; // not base64 after all: keep what was written
    }

    /// <summary>The element's children serialised as HTML: local names only, no namespace declarations.</summary>
    private static string InnerMarkup(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.Nodes()) Write(node, sb);
        return sb.ToString();
    }

    private static void Write(XNode node, StringBuilder sb)
    {
        switch (node)
        {
            case XText text:
                sb.Append(WebUtility.HtmlEncode(text.Value));
                break;
            case XElement element:
                sb.Append('<').Append(element.Name.LocalName);
                foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
                    sb.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
                sb.Append('>');
                foreach (var child in element.Nodes()) Write(child, sb);
                sb.Append("</").Append(element.Name.LocalName).Append('>');
                break;
        }
    }

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
