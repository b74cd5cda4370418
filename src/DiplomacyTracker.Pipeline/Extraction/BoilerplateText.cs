using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Drops rendered blocks that read as page furniture whatever their markup: the repeated title,
/// share/ad labels, "Did You Know?"/"Pro Tip:" boxes, and whole sections under headings such as
/// "Related", "More like this", "Frequently asked questions", "Table of contents" or "Related Search Terms".</summary>
internal static partial class BoilerplateText
{
    [GeneratedRegex(@"^(related|related (articles?|stories|posts|news|content|coverage|topics|links|reading|videos?)|more like this|popular( (posts|stories|articles|now|news|videos?))?|most (popular|read|viewed|shared|watched)|you (may|might) (also )?(like|enjoy|be interested in)|recommended( (for you|stories|articles|reading|videos?))?|read (more|next|also)|also read|more (stories|news|articles|videos|from [^.]{1,40}|on this( topic)?|in [^.]{1,30})|trending( now| stories| news)?|latest (news|stories|posts|articles)|frequently asked questions|faqs?|table of contents|contents|in this (article|story)|related search terms.*|(related )?tags?|topics|keywords|comments?|\d+ comments?|leave a (reply|comment)|post a comment|join the (conversation|discussion)|share( this)?( post| article| story| page)?|about the author|further reading|editor'?s picks|don'?t miss|what to read next|sign up.*|subscribe.*|newsletter|advertisement|top stories|more on this story|around the web|from the web|sponsored( content| stories)?)\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(share( this)?( post| article| story| page)?( on)?|advertisement|advertisements|sponsored|tweet|pin it|print|email|e-mail|facebook|twitter|whatsapp|linkedin|copy link|comments?|getty images|reuters|ap|afp|yonhap|photo|image|file photo|skip to (main )?content|loading\.*|close|menu|search|home)\s*[:.]?$|^(did you know\s*\?|pro tip\s*:|read more\s*:|also read\s*:|read also\s*:|see also\s*:|related\s*:|recommended\s*:|click here to|sign up for|subscribe to|follow us on|copyright ©|copyright \d{4}|©|\(c\) \d{4}|all rights reserved|photo credit|image credit|photo:|image:|source:\s*getty)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Returns the blocks a reader would keep.</summary>
    public static List<TextBlock> Filter(List<TextBlock> blocks, string? title)
    {
        var kept = new List<TextBlock>(blocks.Count);
        var normalizedTitle = Normalize(title);
        var skipUntilLevel = -1;
        var skipped = 0;
        var listOnly = false;
        foreach (var block in blocks)
        {
            var isHeading = block.Kind == BlockKind.Heading;
            if (skipUntilLevel >= 0)
            {
                // A boilerplate heading over a list (table of contents, FAQ, teaser links) owns just that list.
                if (skipped++ == 0) listOnly = block.Kind == BlockKind.ListItem;
                var ends = listOnly ? block.Kind != BlockKind.ListItem : isHeading && block.HeadingLevel <= skipUntilLevel;
                if (!ends) continue;
                skipUntilLevel = -1;
            }
            var text = block.Text;
            if (text.Length <= 70 && SectionHeading().IsMatch(text.TrimEnd(':', ' ')))
            {
                skipUntilLevel = isHeading ? block.HeadingLevel : 7;
                skipped = 0;
                continue;
            }
            if (text.Length <= 400 && Label().IsMatch(text)) continue;
            if (normalizedTitle.Length > 0 && text.Length < 300 && Normalize(text) == normalizedTitle) continue;
            if (block.Kind != BlockKind.Heading && block.LinkDensity > 0.75 && text.Length < 200) continue;
            kept.Add(block);
        }
        DropTeaserExcerpts(kept);
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading)
            kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    /// <summary>A short paragraph cut off with "..." is a teaser excerpt; the headline just before it goes with it.</summary>
    private static void DropTeaserExcerpts(List<TextBlock> blocks)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var text = blocks[i].Text;
            if (blocks[i].Kind != BlockKind.Paragraph || text.Length > 250 || !(text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))) continue;
            blocks.RemoveAt(i);
            if (i > 0 && blocks[i - 1].Text.Length < 150 && (blocks[i - 1].Kind == BlockKind.Heading || !EndsSentence(blocks[i - 1].Text)))
                blocks.RemoveAt(--i);
        }
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '다' or ':';

    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return new string(chars);
    }
}
