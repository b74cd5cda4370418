using System.Globalization;
using System.Text;
using System.Xml;

namespace DiplomacyTracker.Web.Feeds;

/// <summary>An Atom entry: a permalink as its id and link, a title, when it was updated, who it is by, its text.</summary>
public sealed record AtomEntry(string Url, string Title, DateTime UpdatedUtc, DateTime? PublishedUtc, string? Author, string Content, IReadOnlyList<string>? Categories = null);

/// <summary>Writes an Atom 1.0 (RFC 4287) feed: feed id and self link, title, updated, entries newest first.</summary>
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(string selfUrl, string alternateUrl, string title, string subtitle, IReadOnlyList<AtomEntry> entries, DateTime nowUtc)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteElementString("id", Namespace, selfUrl);
            w.WriteElementString("title", Namespace, title);
            w.WriteElementString("subtitle", Namespace, subtitle);
            w.WriteElementString("updated", Namespace, Time(entries.Count == 0 ? nowUtc : entries.Max(e => e.UpdatedUtc)));
            Link(w, "self", selfUrl, "application/atom+xml");
            Link(w, "alternate", alternateUrl, "text/html");
            w.WriteStartElement("generator", Namespace);
            w.WriteString("DiplomacyTracker");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, e.Url);
                w.WriteElementString("title", Namespace, e.Title);
                w.WriteElementString("updated", Namespace, Time(e.UpdatedUtc));
                if (e.PublishedUtc is { } published) w.WriteElementString("published", Namespace, Time(published));
                Link(w, "alternate", e.Url, "text/html");
                w.WriteStartElement("author", Namespace);
                w.WriteElementString("name", Namespace, string.IsNullOrWhiteSpace(e.Author) ? "DiplomacyTracker" : e.Author);
                w.WriteEndElement();
                foreach (var category in e.Categories ?? [])
                {
                    w.WriteStartElement("category", Namespace);
                    w.WriteAttributeString("term", category);
                    w.WriteEndElement();
                }
                w.WriteStartElement("content", Namespace);
                w.WriteAttributeString("type", "text");
                w.WriteString(Clean(e.Content));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Characters XML 1.0 cannot carry (control characters a scraped page may hold) are dropped.</summary>
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}
