using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Loads real-world feed XML that a strict parser would reject: junk or whitespace before the declaration,
/// HTML named entities (&amp;nbsp; &amp;mdash;) rewritten as numeric references, bare ampersands, control characters.
/// No DTDs, no external resolution. Malformed XML gives a <see cref="FeedFormatException"/> with line and position.
/// </summary>
public static partial class FeedXml
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static XDocument Load(byte[] body, string? contentType)
    {
        var text = TextDecoding.Decode(body, contentType);
        text = Clean(text);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"invalid XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
    }

    /// <summary>Makes feed text well-formed enough to parse, without changing what a tolerant reader would see.</summary>
    internal static string Clean(string text)
    {
        var firstElement = FirstElement().Match(text) is { Success: true } m ? m.Index : -1;
        if (firstElement < 0) throw new FeedFormatException("not XML: no element found");
        var declaration = text.IndexOf("<?xml", 0, firstElement, StringComparison.OrdinalIgnoreCase); // only one before the root counts
        var start = declaration >= 0 ? declaration : firstElement;
        if (start > 0) text = text[start..];
        if (declaration >= 0)
        {
            // The text is already decoded; a stale encoding="..." must not matter, and the reader rejects junk before it anyway.
            var end = text.IndexOf("?>", StringComparison.Ordinal);
            if (end > 0) text = text[(end + 2)..].TrimStart();
        }
        // Entities are rewritten outside CDATA sections only: inside them '&' is literal text.
        var sb = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (Match cdata in CData().Matches(text))
        {
            sb.Append(FixEntities(text[position..cdata.Index])).Append(cdata.Value);
            position = cdata.Index + cdata.Length;
        }
        sb.Append(FixEntities(text[position..]));
        text = sb.ToString();
        return StripInvalidCharacters(text);
    }

    private static string FixEntities(string text)
    {
        if (!text.Contains('&')) return text;
        text = BareAmpersand().Replace(text, "&amp;");
        return NamedEntity().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (XmlEntities.Contains(name)) return match.Value;
            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value) return "&amp;" + name + ";"; // unknown: keep it visible as text
            var numeric = new StringBuilder();
            foreach (var rune in decoded.EnumerateRunes()) numeric.Append("&#").Append(rune.Value).Append(';');
            return numeric.ToString();
        });
    }

    private static string StripInvalidCharacters(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not ('\t' or '\n' or '\r')) { firstBad = i; break; }
        }
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c >= 0x20 || c is '\t' or '\n' or '\r') sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();

    [GeneratedRegex(@"<[A-Za-z]")]
    private static partial Regex FirstElement();

    [GeneratedRegex(@"&(?!#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{0,31});")]
    private static partial Regex NamedEntity();
}

/// <summary>The listing document could not be read as a feed or sitemap; the message says why.</summary>
public sealed class FeedFormatException(string message) : Exception(message);
