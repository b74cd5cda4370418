using System.Text.RegularExpressions;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// What comes before a feed's root element — junk, a BOM, the XML declaration, comments, processing instructions and a
/// DOCTYPE — read and dropped, keeping only the internal general entities the DOCTYPE declares
/// (<c>&lt;!ENTITY id "tag:example.com,"&gt;</c>). Parameter and external entities are never read or fetched.
/// </summary>
internal static partial class FeedProlog
{
    /// <summary>Where the root element starts, and the internal entities declared before it.</summary>
    public static (int RootStart, Dictionary<string, string> Entities) Read(string text)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (true)
        {
            i = text.IndexOf('<', i);
            if (i < 0 || i + 1 >= text.Length) throw new FeedFormatException("not XML: no element found");
            var next = text[i + 1];
            if (next == '?')
                i = After(text, "?>", i + 2);
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                i = After(text, "-->", i + 4);
            else if (string.Compare(text, i, "<!DOCTYPE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0)
                i = ReadDoctype(text, i + 9, entities);
            else if (char.IsLetter(next) || next == '_')
                return (i, entities);
            else
                i++; // junk before the root
        }
    }

    private static int After(string text, string terminator, int from)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        if (end < 0) throw new FeedFormatException("not XML: no element found");
        return end + terminator.Length;
    }

    /// <summary>Skips the DOCTYPE (quoted strings and an internal subset in brackets included), collecting its internal general entities.</summary>
    private static int ReadDoctype(string text, int i, Dictionary<string, string> entities)
    {
        var subsetStart = -1;
        char? quote = null;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q) { if (c == q) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '[' && subsetStart < 0) subsetStart = i + 1;
            else if (c == ']' && subsetStart >= 0)
            {
                foreach (Match m in EntityDeclaration().Matches(text[subsetStart..i]))
                    entities.TryAdd(m.Groups["name"].Value, m.Groups["double"].Success ? m.Groups["double"].Value : m.Groups["single"].Value);
                subsetStart = int.MaxValue; // subset closed; the next '>' ends the DOCTYPE
            }
            else if (c == '>' && (subsetStart < 0 || subsetStart == int.MaxValue)) return i + 1;
        }
        throw new FeedFormatException("not XML: the DOCTYPE never ends");
    }

    // Internal general entities only: "<!ENTITY % x ...>" (parameter) and "<!ENTITY x SYSTEM ...>" (external) do not match.
    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][\w.\-]*)\s+(?:"(?<double>[^"]*)"|'(?<single>[^']*)')\s*>""")]
    private static partial Regex EntityDeclaration();
}
