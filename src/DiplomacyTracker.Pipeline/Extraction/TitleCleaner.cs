using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Strips the site name a page appends to or prefixes its title ("Headline | Site", "Site - Headline").</summary>
public static partial class TitleCleaner
{
    [GeneratedRegex(@"\s+[|\-–—:·»«/]\s+|\s+::\s+")]
    private static partial Regex Separator();

    /// <summary>Returns the headline part of <paramref name="title"/>; <paramref name="siteName"/> helps pick the part to drop.</summary>
    public static string Clean(string? title, string? siteName = null)
    {
        var text = TextNormalizer.Collapse(title ?? "");
        if (text.Length == 0)
            return text;

        var site = TextNormalizer.Collapse(siteName ?? "");
        if (site.Length > 0 && !string.Equals(site, text, StringComparison.OrdinalIgnoreCase))
        {
            var stripped = StripKnownSite(text, site);
            if (stripped is not null)
                return stripped;
        }

        var matches = Separator().Matches(text);
        if (matches.Count == 0)
            return text;

        // Without a known site name: drop a short last segment ("Headline | Site"), else a short first one ("Site | Headline").
        var last = matches[^1];
        var head = text[..last.Index].Trim();
        var tail = text[(last.Index + last.Length)..].Trim();
        if (WordCount(tail) <= 4 && WordCount(head) >= 3)
            return head;
        var first = matches[0];
        var lead = text[..first.Index].Trim();
        var rest = text[(first.Index + first.Length)..].Trim();
        if (WordCount(lead) <= 3 && WordCount(rest) >= 4 && first.Value.Trim() is "|" or "::" or "»")
            return rest;
        return text;
    }

    private static string? StripKnownSite(string text, string site)
    {
        foreach (Match sep in Separator().Matches(text))
        {
            var before = text[..sep.Index].Trim();
            var after = text[(sep.Index + sep.Length)..].Trim();
            if (after.Equals(site, StringComparison.OrdinalIgnoreCase) || (after.Length <= site.Length + 12 && after.Contains(site, StringComparison.OrdinalIgnoreCase)))
                return before.Length > 0 ? Clean(before) : null;
            if (before.Equals(site, StringComparison.OrdinalIgnoreCase) && after.Length > 0)
                return after;
        }
        return null;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
