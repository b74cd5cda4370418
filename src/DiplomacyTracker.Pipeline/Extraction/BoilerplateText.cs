using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Drops rendered blocks that read as page furniture whatever their markup: the repeated title,
/// share/ad labels, "Did You Know?"/"Pro Tip:" boxes, and whole sections under headings such as
/// "Related", "More like this", "Frequently asked questions", "Table of contents" or "Related Search Terms".</summary>
internal static partial class BoilerplateText
{
    /// <summary>Headings of teaser inserts ("More:", "Related", "Don't miss"): the article may resume after them.</summary>
    [GeneratedRegex(@"^(related|related (articles?|stories|posts|news|content|coverage|links|reading|videos?)|more like this|popular( (posts|stories|articles|now|news|videos?))?|most (popular|read|viewed|shared|watched)|you (may|might) (also )?(like|enjoy|be interested in)|recommended( (for you|stories|articles|reading|videos?))?|read (more|next|also)|also read|more (stories|news|articles|videos|from [^.]{1,40}|on this( topic)?|in [^.]{1,30})|trending( now| stories| news)?|latest (news|stories|posts|articles)|editor'?s (picks|choice)|don'?t miss|what to read next|top stories|more on this story|around the web|from the web|sponsored( content| stories)?|breaking news|latest|more|watch|listen|video|photos|gallery|advertisement|관련\s?기사|관련\s?뉴스|많이 본 (뉴스|기사)|인기\s?기사|추천\s?기사|주요\s?뉴스|최신\s?뉴스|이 시각 (주요|인기)\s?뉴스)\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex InsertHeading();

    /// <summary>Headings of end-of-page sections (FAQ, comments, tags, TOC): everything under them goes.</summary>
    [GeneratedRegex(@"^(frequently asked questions|faqs?|table of contents|contents|in this (article|story)|related search terms.*|(related )?tags?|topics|keywords|related topics|댓글|태그|키워드|comments?|\d+ comments?|leave a (reply|comment)|post a comment|join the (conversation|discussion)|share( this)?( post| article| story| page)?|about the author|further reading|sign up.*|subscribe.*|newsletter)\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TerminalHeading();

    [GeneratedRegex(@"^(?:(share( this)?( post| article| story| page)?( on)?|advertisement|advertisements|advert|ad|sponsored|tweet|pin it|print|email|e-mail|facebook|twitter|whatsapp|linkedin|copy link|comments?|getty images|reuters|ap|afp|yonhap|photo|image|file photo|skip to (main )?content|loading\.*|close|menu|search|home)\s*[:.]?$|(did you know\s*\?|pro tip\s*:|read more\s*:|also read\s*:|read also\s*:|see also\s*:|related\s*:|recommended\s*:|click here to|sign up for|subscribe to|follow us on|copyright ©|copyright \d{4}|©|\(c\) \d{4}|all rights reserved|photo credit|image credit|photo:|image:|source:\s*getty|this (web)?site uses cookies|we use cookies|by (continuing|using) (to (use|browse) )?(this|our) (web)?site|this (slideshow|video|content|feature|page) requires javascript|this (post|article|page) (may )?contains? affiliate|(written |posted |words |story |reporting )?by [^.!?]{2,70}$|(posted|published|updated|last updated|first published|modified)\b[^.!?]{0,60}$|\[[a-z_]+( [^\]]*)?\].*\[/[a-z_]+\]$|[가-힣]{2,4} ?(기자|특파원|통신원|객원기자)( [\w.+-]+@[\w.-]+)?$|ⓒ))", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Korean copyright lines ("무단 전재 및 재배포 금지", "저작권자 ⓒ"), tried only on text that has a Hangul syllable or ⓒ.</summary>
    [GeneratedRegex(@"^.{0,30}(무단\s?전재|재배포\s?금지|저작권자\s?[ⓒ©(])")]
    private static partial Regex KoreanCopyright();

    /// <summary>Calls to action: newsletter sign-ups, "click here", "follow us" lines.</summary>
    [GeneratedRegex(@"\b(sign up|subscribe|register)\b.{0,120}\b(newsletters?|inbox|e-?mail updates)\b|\b(newsletters?|inbox)\b.{0,120}\b(sign up|subscribe)\b|click here (for|to)\b|\bfollow (us|him|her|them) (on|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    /// <summary>What remains of a dateline once its date words are removed ("October 12, 2017" leaves nothing).</summary>
    [GeneratedRegex(@"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\.m|p\.m|at|on|kst|est|edt|gmt|utc|st|nd|rd|th|년|월|일)\b|\d+|[\s,.:/\-|()년월일]", RegexOptions.IgnoreCase)]
    private static partial Regex DateWords();

    /// <summary>Photo credit lines ("Natalie Naccache | Bloomberg | Getty Images").</summary>
    [GeneratedRegex(@"^[^.!?]{0,100}\b(getty images|ap photo|afp|reuters|shutterstock|epa(-efe)?|yonhap|xinhua|bloomberg|newsis|연합뉴스|뉴시스|뉴스1)( via getty images)?\s*[)\]]?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    /// <summary>A credit line names one of these; looking for them first spares the regex on almost every block.</summary>
    private static readonly System.Buffers.SearchValues<string> CreditWords = System.Buffers.SearchValues.Create(
        ["getty images", "ap photo", "afp", "reuters", "shutterstock", "epa", "yonhap", "xinhua", "bloomberg", "newsis", "연합뉴스", "뉴시스", "뉴스1"],
        StringComparison.OrdinalIgnoreCase);

    private const int LabelLevel = 7;

    /// <summary>What may follow a section label: a colon, a stop, the required-field mark.</summary>
    private static readonly char[] LabelEnd = [':', ' ', '.', '*'];

    /// <summary>Returns the blocks a reader would keep.</summary>
    public static List<TextBlock> Filter(List<TextBlock> blocks, string? title)
    {
        var kept = new List<TextBlock>(blocks.Count);
        var normalizedTitle = Normalize(title);
        var skipUntilLevel = -1;
        var untilProse = false;
        var skipped = 0;
        var listOnly = false;
        var keptProse = false;
        var datelines = 0;
        foreach (var block in blocks)
        {
            var isHeading = block.Kind == BlockKind.Heading;
            if (skipUntilLevel >= 0)
            {
                // A boilerplate heading over a list (table of contents, FAQ, teaser links) owns just that list;
                // a teaser insert owns the lines up to the next real prose; an end section owns all up to the next heading.
                if (skipped++ == 0) listOnly = block.Kind == BlockKind.ListItem;
                var ends = listOnly ? block.Kind != BlockKind.ListItem
                    : (isHeading && block.HeadingLevel <= skipUntilLevel) || (untilProse && IsProse(block));
                if (!ends) continue;
                skipUntilLevel = -1;
            }
            var text = block.Text;
            // A form's heading may carry the required-field mark ("Wie bewerten Sie diesen Artikel? *").
            if (text.Length <= 70 && text.TrimEnd(LabelEnd) is var label && SectionHeading(label) is { } terminal)
            {
                skipUntilLevel = isHeading ? block.HeadingLevel : LabelLevel;
                // An end section (comments, sharing) cannot start before the article has: above the first prose, it owns
                // only the lines up to the next prose ("Mit Freunden teilen" over the lede lost the whole story).
                untilProse = !terminal || !keptProse;
                skipped = 0;
                continue;
            }
            if (text.Length <= 400 && (Label().IsMatch(text) || ForeignLabel().IsMatch(text) || (HasHangul(text) && KoreanCopyright().IsMatch(text)))) continue;
            if (text.Length <= 120 && text[^1] == '?' && ReaderQuestion().IsMatch(text)) continue;
            if (text.Length <= 60 && NavigationLabel().IsMatch(text)) continue;
            if (text.Length <= 300 && (CallToAction().IsMatch(text) || (text.AsSpan().ContainsAny(PaywallWords) && PaywallPrompt().IsMatch(text)))) continue;
            if (text.Length <= 120 && text.AsSpan().ContainsAny(CreditWords) && CreditLine().IsMatch(text)) continue;
            // A date alone is a stamp, not text; a bare year ("2018") heads a chronology's section and stays.
            if (text.Length <= 50 && text.Any(char.IsDigit) && DateWords().Replace(text, "").Length == 0 && !(text.Length == 4 && text.All(char.IsAsciiDigit))) continue;
            if (IsDateline(block)) datelines++;
            if (normalizedTitle.Length > 0 && text.Length < 300 && SameLettersAndDigits(text, normalizedTitle)) continue;
            if (block.Kind != BlockKind.Heading && block.LinkDensity > 0.75 && text.Length < 200) continue;
            kept.Add(block);
            keptProse |= IsProse(block);
        }
        if (datelines > 0) DropDatelines(kept);
        DropTeaserExcerpts(kept);
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading)
            kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    private static bool HasHangul(string text) => text.AsSpan().ContainsAnyInRange('\uAC00', '\uD7A3');

    /// <summary>True for an end-section heading (comments, tags...), false for a teaser insert, null for neither.</summary>
    private static bool? SectionHeading(string label) =>
        TerminalHeading().IsMatch(label) || ForeignTerminalHeading().IsMatch(label) ? true
        : InsertHeading().IsMatch(label) || ForeignInsertHeading().IsMatch(label) ? false : null;

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

    private static bool IsProse(TextBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Quote && block.Text.Length >= 100 && block.LinkDensity < 0.3 && EndsSentence(block.Text);

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '다' or ':';

    /// <summary>Whether <paramref name="text"/>, reduced to lower-cased letters and digits, equals <paramref name="normalized"/>
    /// (compared in place: this runs for most blocks of every page).</summary>
    private static bool SameLettersAndDigits(string text, string normalized)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (at == normalized.Length || char.ToLowerInvariant(c) != normalized[at]) return false;
            at++;
        }
        return at == normalized.Length;
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return new string(chars);
    }
}
