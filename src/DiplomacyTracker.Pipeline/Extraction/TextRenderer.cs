using System.Text;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Renders the chosen content nodes as blocks of plain text the way a reader sees them: one block per
/// paragraph, heading, list item or quote; data tables as one line per row with cells joined by " | ".
/// Walks with an explicit stack, so nesting depth cannot overflow it.</summary>
internal sealed class TextRenderer
{
    private readonly Dictionary<IElement, NodeStats> _stats;
    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _current = new();
    private readonly Stack<IElement> _context = new();
    private int _linkLength;
    private int _anchorDepth;
    private int _preDepth;

    private TextRenderer(Dictionary<IElement, NodeStats> stats) => _stats = stats;

    /// <summary>Blocks of text for <paramref name="roots"/>, in document order.</summary>
    public static List<TextBlock> Render(IEnumerable<IElement> roots, Dictionary<IElement, NodeStats> stats)
    {
        var renderer = new TextRenderer(stats);
        foreach (var root in roots)
            renderer.Walk(root);
        renderer.Flush();
        return renderer._blocks;
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text) { AppendText(text.Data); continue; }
            if (node is not IElement element) continue;
            var tag = element.TagName;
            var isBlock = HtmlVocabulary.BlockTags.Contains(tag);
            if (exit)
            {
                if (tag == "A") _anchorDepth--;
                if (tag == "PRE") _preDepth--;
                if (isBlock) { Flush(); _context.Pop(); }
                continue;
            }
            if (tag == "BR") { _current.Append('\n'); continue; }
            if (tag is "IMG" or "PICTURE" or "SOURCE" or "HR" or "RT" or "RP") continue; // ruby readings (furigana) are not the text
            if (element != root && isBlock && IsLinkCluster(element)) continue;
            if (tag == "TABLE" && TableRenderer.IsDataTable(element, _stats))
            {
                Flush();
                var rows = TableRenderer.Rows(element);
                if (rows.Length > 0) _blocks.Add(new TextBlock(rows, BlockKind.Table, 0, 0));
                continue;
            }
            if (isBlock) { Flush(); _context.Push(element); }
            if (tag == "A") _anchorDepth++;
            if (tag == "PRE") _preDepth++;
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push((children[i], false));
        }
    }

    /// <summary>A block that is mostly links (menus, teaser lists, tag clouds) is not article text.</summary>
    private bool IsLinkCluster(IElement element)
    {
        if (!_stats.TryGetValue(element, out var s) || s.Length == 0) return false;
        var threshold = element.TagName is "UL" or "OL" or "DL" ? 0.5 : element.TagName is "P" or "LI" ? 0.8 : 0.6;
        return s.LinkDensity > threshold;
    }

    private void AppendText(string data)
    {
        if (_preDepth > 0) { _current.Append(data); return; }
        var before = _current.Length;
        foreach (var c in data)
        {
            if (TextNormalizer.IsSpace(c) && c != '\n')
                AppendSpace();
            else if (c == '\n' || c == '\r')
                AppendSpace();
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
                _current.Append(c);
        }
        if (_anchorDepth > 0) _linkLength += _current.Length - before;
    }

    private void AppendSpace()
    {
        if (_current.Length > 0 && _current[^1] is not (' ' or '\n')) _current.Append(' ');
    }

    private void Flush()
    {
        if (_current.Length == 0) return;
        var raw = _current.ToString();
        _current.Clear();
        var (kind, level) = CurrentKind();
        var lines = kind == BlockKind.Preformatted ? [raw.Trim('\n', '\r')] : raw.Split('\n');
        var linkShare = raw.Length == 0 ? 0 : (double)_linkLength / raw.Length;
        _linkLength = 0;
        foreach (var line in lines)
        {
            var text = kind == BlockKind.Preformatted ? line : line.Trim();
            if (text.Length == 0) continue;
            _blocks.Add(new TextBlock(text, kind, level, (int)Math.Round(text.Length * linkShare)));
        }
    }

    private (BlockKind Kind, int Level) CurrentKind()
    {
        foreach (var element in _context)
        {
            var tag = element.TagName;
            if (HtmlVocabulary.IsHeading(tag)) return (BlockKind.Heading, HtmlVocabulary.HeadingLevel(tag));
            if (tag == "PRE") return (BlockKind.Preformatted, 0);
            if (tag is "LI" or "DT" or "DD") return (BlockKind.ListItem, 0);
            if (tag == "BLOCKQUOTE") return (BlockKind.Quote, 0);
        }
        return (BlockKind.Paragraph, 0);
    }
}
