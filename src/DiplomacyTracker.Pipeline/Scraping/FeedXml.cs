using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>A feed document's root element; <see cref="Problem"/> says why the XML was not well-formed when only part of it could be read.</summary>
public sealed record FeedXmlDocument(XElement Root, string? Problem);

/// <summary>
/// Loads real-world feed XML that a strict parser would reject: junk, comments or a DOCTYPE before the root, entities
/// the DOCTYPE declares (expanded here, bounded: no external entities, at most <see cref="MaxEntityExpansion"/>
/// characters), HTML named entities (&amp;nbsp; &amp;mdash;) rewritten as numeric references, bare ampersands,
/// control characters and namespace prefixes nobody declared. XML that is still malformed — truncated, a broken tag
/// in one item — keeps every element read (<see cref="FeedSalvage"/>); nothing readable at all is a
/// <see cref="FeedFormatException"/> with line and position.
/// </summary>
public static partial class FeedXml
{
    public const int MaxEntityExpansion = 1_000_000;

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static FeedXmlDocument Load(byte[] body, string? contentType)
    {
        var text = TextDecoding.Decode(body, contentType);
        var (rootStart, entities) = FeedProlog.Read(text);
        var linesBefore = text.AsSpan(0, rootStart).Count('\n');
        text = FeedNamespaces.DeclareMissing(Clean(text[rootStart..], entities));
        return FeedSalvage.Read(text, linesBefore);
    }

    /// <summary>Makes feed text (from its root element on) well-formed enough to parse, without changing what a tolerant reader would see.</summary>
    internal static string Clean(string text, IReadOnlyDictionary<string, string>? declared = null)
    {
        declared ??= new Dictionary<string, string>();
        var budget = new ExpansionBudget();
        // Entities are rewritten outside CDATA sections only: inside them '&' is literal text.
        var sb = new StringBuilder(text.Length + 64);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("<![CDATA[", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf("]]>", start + 9, StringComparison.Ordinal);
            if (end < 0) break; // no (complete) CDATA section left
            sb.Append(FixEntities(text[position..start], declared, budget)).Append(text, start, end + 3 - start);
            position = end + 3;
        }
        sb.Append(FixEntities(text[position..], declared, budget));
        return StripInvalidCharacters(sb.ToString());
    }

    private static string FixEntities(string text, IReadOnlyDictionary<string, string> declared, ExpansionBudget budget)
    {
        if (!text.Contains('&')) return text;
        if (declared.Count > 0) text = Expand(text, declared, budget, 0);
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

    /// <summary>Replaces references to DOCTYPE-declared entities by their values (which may refer to others, up to 8 deep).</summary>
    private static string Expand(string text, IReadOnlyDictionary<string, string> declared, ExpansionBudget budget, int depth) =>
        NamedEntity().Replace(text, match =>
        {
            if (depth >= 8 || !declared.TryGetValue(match.Groups[1].Value, out var value)) return match.Value;
            var expanded = value.Contains('&') ? Expand(value, declared, budget, depth + 1) : value;
            budget.Spend(expanded.Length);
            return expanded;
        });

    private sealed class ExpansionBudget
    {
        private long _spent;

        public void Spend(int characters)
        {
            _spent += characters;
            if (_spent > MaxEntityExpansion)
                throw new FeedFormatException($"entity expansion beyond {MaxEntityExpansion:N0} characters; the document is refused");
        }
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

    [GeneratedRegex(@"&(?!#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z_][\w.\-]{0,31};)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"&([A-Za-z_][\w.\-]{0,31});")]
    private static partial Regex NamedEntity();
}

/// <summary>The listing document could not be read as a feed or sitemap; the message says why.</summary>
public sealed class FeedFormatException(string message) : Exception(message);
