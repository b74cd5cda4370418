using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Handles bodies that are plain text, not HTML: one paragraph per line, a short first line as the
/// headline, a date from a leading date line or "Published: ..." text, and the same boilerplate filter as HTML.</summary>
internal static partial class PlainTextExtractor
{
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(date|published|posted|updated|by)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyLabel();

    public static ExtractedArticle Extract(string text, PageInput input)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(TextNormalizer.Collapse).ToList();
        var zone = input.DefaultTimeZone is { } id ? FuzzyDate.FindZone(id)
            : input.Url?.Host.EndsWith(".kr", StringComparison.OrdinalIgnoreCase) == true || TextNormalizer.LooksKorean(text) ? FuzzyDate.Seoul : TimeZoneInfo.Utc;
        var fetchedAt = input.FetchedAt ?? DateTimeOffset.UtcNow;
        var title = FindTitle(lines);
        var head = string.Join('\n', lines.Take(40));
        var published = PublishedDateFinder.FromText(head.Length > 3000 ? head[..3000] : head, zone, d => d is { } x && x.EarliestUtc <= fetchedAt.UtcDateTime);

        var blocks = new List<TextBlock>();
        var table = new List<string>();
        var titleLine = title is null ? -1 : lines.IndexOf(title);
        foreach (var line in lines.Skip(titleLine + 1))
        {
            // "| a | b |" is a table row; a rule ("|---|") or a lone "|" left by a scrape is not (an empty row broke the filter).
            if (line.StartsWith('|') && line.EndsWith('|'))
            {
                if (!TableRule().IsMatch(line) && line.Any(char.IsLetterOrDigit)) table.Add(string.Join(" | ", line.Trim('|').Split('|').Select(c => c.Trim())));
                continue;
            }
            if (table.Count > 0) { blocks.Add(new TextBlock(string.Join('\n', table), BlockKind.Table, 0, 0)); table.Clear(); }
            if (line.Length == 0 || EmptyLabel().IsMatch(line) || IsDateLine(line, zone) || IsMarkupDebris(line)) continue;
            blocks.Add(Classify(line));
        }
        if (table.Count > 0) blocks.Add(new TextBlock(string.Join('\n', table), BlockKind.Table, 0, 0));

        var kept = BoilerplateText.Filter(blocks, title);
        var body = string.Join("\n\n", kept.Select(b => b.Text));
        if (body.Length < 40)
            return ExtractedArticle.NotFound("the text holds no paragraphs");
        return new ExtractedArticle(true, null, title, null, null, TextNormalizer.LooksKorean(body) ? "ko" : null,
            input.Url is null ? null : UrlNormalizer.Normalize(input.Url.ToString()), null,
            published, published is null ? null : "text", body, null);
    }

    private static TextBlock Classify(string line)
    {
        if (ListMarker().Match(line) is { Success: true } marker)
            return new TextBlock(line[marker.Length..].Trim(), BlockKind.ListItem, 0, 0);
        var looksLikeHeading = line.Length <= 90 && line[^1] is not ('.' or ',' or ';' or ':' or '?' or '!' or '"' or '”' or '…');
        return new TextBlock(line, looksLikeHeading ? BlockKind.Heading : BlockKind.Paragraph, looksLikeHeading ? 2 : 0, 0);
    }

    /// <summary>The first of the opening lines that reads like a headline: a few words, no final period, not a date. None
    /// once a line reads like a paragraph (it ends a sentence or runs long): the lines before a later "headline" would be
    /// lost with it, and they are the article's lead ("WASHINGTON — President Trump … canceled …").</summary>
    private static string? FindTitle(List<string> lines)
    {
        foreach (var line in lines.Where(l => l.Length > 0).Take(4))
        {
            // A paragraph (or a Korean wire pasted as one line) before it means the text has no headline: a later quote line is not one (and the lines
            // before a "title" are dropped). "Trump added, “You talk …”" is a paragraph.
            if (line.Length > 150 || line[^1] is '"' or '\u201D' || line.TrimEnd('\u201D', '"', '\u2019', '\'', ')')[^1] is '.' or '!' or '?') return null;
            var words = line.Split(' ').Length;
            if (words >= 3 && line.Length <= 150 && line[^1] is not ('.' or ',' or ';' or ':') && !IsDateLine(line, TimeZoneInfo.Utc)
                && !line.Contains('<') && !line.Contains('>') && !line.Contains('"'))
                return line;
        }
        return null;
    }

    /// <summary>Scraps of tags left by a careless scrape ("news\">").</summary>
    private static bool IsMarkupDebris(string line) =>
        line.Length < 60 && (line.Contains("\">", StringComparison.Ordinal) || line.Contains("</", StringComparison.Ordinal) || line.StartsWith('<'));

    /// <summary>A dateline-like line ("June 5, 2025", "Published: …"); a bare year ("2018") heads a chronology's section and stays.</summary>
    private static bool IsDateLine(string line, TimeZoneInfo zone) =>
        line.Length <= 60 && !(line.Length == 4 && line.All(char.IsAsciiDigit)) && DateTextParser.FindInText(line, zone) is { Index: < 25 };
}
