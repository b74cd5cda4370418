using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>
/// The feed protocol's "link added to each link-less entry": most of feedparser's test entries have no link, which a
/// tracker rightly drops, so field reading is also measured with <c>&lt;link&gt;http://linkless.example/N&lt;/link&gt;</c>
/// (Atom: <c>href</c>) inserted before the end tag of every item or entry that has neither a link nor a permalink guid.
/// The bytes are edited in place (ASCII inserted), so the file's encoding, DTD and quirks stay as they were.
/// </summary>
public static partial class LinkAdder
{
    public static byte[] AddLinks(byte[] body)
    {
        var linkless = LinklessEntries(body);
        if (linkless is null || !linkless.Contains(true)) return body;
        var text = Encoding.Latin1.GetString(body); // one char per byte: positions map back to bytes
        var skipped = Skipped(text);
        var inserts = new List<(int Position, string Text)>();
        var index = 0;
        foreach (Match end in EndTag().Matches(text))
        {
            if (skipped.Any(s => end.Index >= s.Start && end.Index < s.End)) continue;
            if (index >= linkless.Count) break;
            if (linkless[index])
            {
                var prefix = end.Groups["prefix"].Value;
                inserts.Add((end.Index, end.Groups["name"].Value == "entry"
                    ? $"<{prefix}link rel=\"alternate\" href=\"http://linkless.example/{index}\"/>"
                    : $"<{prefix}link>http://linkless.example/{index}</{prefix}link>"));
            }
            index++;
        }
        var sb = new StringBuilder(text);
        foreach (var (position, insert) in inserts.OrderByDescending(i => i.Position)) sb.Insert(position, insert);
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>For each item/entry in document order, whether it lacks a link; null when the file is not well-formed XML.</summary>
    private static List<bool>? LinklessEntries(byte[] body)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, MaxCharactersFromEntities = 100_000 };
            using var reader = XmlReader.Create(new StringReader(TextDecoding.Decode(body, null)), settings);
            document = XDocument.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException)
        {
            return null;
        }
        return document.Descendants()
            .Where(e => e.Name.LocalName is "item" or "entry") // every one, to keep step with the end tags in the text
            .Select(e => e.Parent?.Name.LocalName is "channel" or "rss" or "RDF" or "feed"
                         && !e.Elements().Any(c => c.Name.LocalName == "link" && (c.Attribute("href") is not null || c.Value.Trim().Length > 0))
                         && !e.Elements().Any(c => c.Name.LocalName == "guid" && c.Attribute("isPermaLink")?.Value.Trim().ToLowerInvariant() != "false"))
            .ToList();
    }

    private static List<(int Start, int End)> Skipped(string text) =>
        CommentOrCData().Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();

    [GeneratedRegex(@"</(?<prefix>[\w.\-]+:)?(?<name>item|entry)\s*>")]
    private static partial Regex EndTag();

    [GeneratedRegex(@"<!--.*?-->|<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CommentOrCData();
}
