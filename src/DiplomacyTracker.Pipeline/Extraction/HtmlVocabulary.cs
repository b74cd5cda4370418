namespace DiplomacyTracker.Extraction;

/// <summary>Which tags break text into blocks and which never carry article text.</summary>
internal static class HtmlVocabulary
{
    public static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "ASIDE", "HEADER", "FOOTER", "NAV", "UL", "OL", "LI", "DL", "DT", "DD",
        "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "CAPTION", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6",
        "FIGURE", "FIGCAPTION", "FORM", "FIELDSET", "ADDRESS", "HR", "CENTER", "DETAILS", "SUMMARY", "HGROUP", "BODY", "HTML",
    };

    /// <summary>Elements removed before scoring: code, media, widgets and page chrome.</summary>
    public static readonly HashSet<string> NeverContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "CANVAS", "OBJECT", "EMBED", "BUTTON", "SELECT", "INPUT",
        "TEXTAREA", "NAV", "ASIDE", "FOOTER", "FIGCAPTION", "LABEL", "DIALOG", "MENU", "AUDIO", "VIDEO", "MAP", "LINK", "META",
        "HEAD", "TITLE", "FRAME", "FRAMESET", "OPTION", "MATH",
    };

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] is 'H' or 'h' && tag[1] is >= '1' and <= '6';

    public static int HeadingLevel(string tag) => IsHeading(tag) ? tag[1] - '0' : 0;
}
