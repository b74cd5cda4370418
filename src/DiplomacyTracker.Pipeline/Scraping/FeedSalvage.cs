using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Builds the element tree node by node, so that malformed XML loses only what follows the error: the elements read
/// before it are kept (open ones closed), and reading starts again at the next item, entry or url after it — inside
/// a copy of the root's start tag, for its namespaces — as many times as there are errors. One broken item never
/// costs the others; a truncated feed keeps what arrived.
/// </summary>
internal static partial class FeedSalvage
{
    private const int MaxRestarts = 1000;
    private const int MaxDepth = 100; // no feed nests deeper; a hostile one must not exhaust the stack of whoever walks the tree

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false,
        IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    /// <param name="text">The cleaned document from its root element on.</param>
    /// <param name="linesBefore">Lines of the original document before the root, so error positions match the file.</param>
    public static FeedXmlDocument Read(string text, int linesBefore)
    {
        var first = Build(text);
        if (first.Error is null) return new FeedXmlDocument(first.Root!, null);
        var problem = $"invalid XML at line {first.Error.LineNumber + linesBefore}, position {first.Error.LinePosition}: {OwnPosition().Replace(first.Error.Message, "")}";
        if (first.Root is null || RootStartTag().Match(text) is not { Success: true } rootTag) throw new FeedFormatException(problem);

        var container = first.EntryParent ?? first.Root;
        var errorAt = first.ErrorOffset;
        for (var restart = 0; restart < MaxRestarts && errorAt < text.Length; restart++)
        {
            var next = EntryStart().Match(text, Math.Max(errorAt, 0));
            if (!next.Success) break;
            var chunk = Build(rootTag.Value + text[next.Index..]);
            foreach (var entry in chunk.Root?.Elements().Where(e => IsEntry(e.Name.LocalName)).ToList() ?? [])
            {
                entry.Remove();
                container.Add(entry);
            }
            if (chunk.Error is null) break;
            errorAt = Math.Max(chunk.ErrorOffset - rootTag.Length + next.Index, next.Index + 1);
        }
        return new FeedXmlDocument(first.Root, problem);
    }

    private static bool IsEntry(string localName) => localName is "item" or "entry" or "url" or "sitemap";

    private sealed record Partial(XElement? Root, XElement? EntryParent, XmlException? Error, int ErrorOffset);

    /// <summary>The tree as far as the reader got; the error and its offset in <paramref name="text"/> if it stopped early.</summary>
    private static Partial Build(string text)
    {
        var stack = new Stack<XElement>();
        XElement? root = null, entryParent = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                var name = XName.Get(reader.LocalName, reader.NamespaceURI);
                                if (reader.Prefix != "xmlns" && reader.Name != "xmlns" && element.Attribute(name) is null) // two prefixes, one namespace: first wins
                                    element.Add(new XAttribute(name, reader.Value));
                            } while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }
                        if (stack.TryPeek(out var parent))
                        {
                            parent.Add(element);
                            if (IsEntry(element.Name.LocalName)) entryParent ??= parent;
                        }
                        else root ??= element;
                        if (!reader.IsEmptyElement) stack.Push(element);
                        if (stack.Count > MaxDepth && reader is IXmlLineInfo at)
                            throw new XmlException($"elements nested more than {MaxDepth} deep", null, at.LineNumber, at.LinePosition);
                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (stack.TryPeek(out var holder)) holder.Add(new XText(reader.Value));
                        break;
                }
            }
            return new Partial(root, entryParent, null, -1);
        }
        catch (XmlException ex)
        {
            return new Partial(root, entryParent, ex, Offset(text, ex.LineNumber, ex.LinePosition));
        }
    }

    private static int Offset(string text, int line, int position)
    {
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++)
        {
            offset = text.IndexOf('\n', offset);
            if (offset >= 0) offset++;
        }
        return offset < 0 ? text.Length : Math.Min(text.Length, offset + Math.Max(0, position - 1));
    }

    [GeneratedRegex("""^<[A-Za-z_][\w.\-:]*(?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*>""")]
    private static partial Regex RootStartTag();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex OwnPosition();

    [GeneratedRegex(@"<(?:[A-Za-z_][\w.\-]*:)?(?:item|entry|url|sitemap)[\s/>]")]
    private static partial Regex EntryStart();
}
