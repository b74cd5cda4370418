using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DiplomacyTracker.Search;

/// <summary>
/// Turns text carrying FTS highlight markers (\u0001 open, \u0002 close) into safe HTML: everything is
/// HTML-encoded, markers become &lt;mark&gt; tags, always balanced whatever the text contained.
/// </summary>
public static class SearchMarkers
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const char Open = '\u0001';
    public const char Close = '\u0002';

    public static string ToHtml(string marked)
    {
        var sb = new StringBuilder(marked.Length + 32);
        var open = false;
        var run = new StringBuilder();
        foreach (var ch in marked)
        {
            if (ch is not (Open or Close)) { run.Append(ch); continue; }
            Flush();
            if (ch == Open && !open) { sb.Append("<mark>"); open = true; }
            else if (ch == Close && open) { sb.Append("</mark>"); open = false; }
        }
        Flush();
        if (open) sb.Append("</mark>");
        return sb.ToString();

        void Flush()
        {
            if (run.Length == 0) return;
            sb.Append(Encoder.Encode(run.ToString()));
            run.Clear();
        }
    }

    /// <summary>Wraps every case-insensitive occurrence of the terms in markers (for LIKE matches, which FTS cannot mark).</summary>
    public static string Mark(string text, IEnumerable<string> terms)
    {
        var clean = text.Replace(Open, ' ').Replace(Close, ' ');
        var hits = new bool[clean.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
            for (var at = clean.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = clean.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                for (var k = at; k < at + term.Length; k++) hits[k] = true;
        var sb = new StringBuilder(clean.Length + 16);
        for (var i = 0; i < clean.Length; i++)
        {
            if (hits[i] && (i == 0 || !hits[i - 1])) sb.Append(Open);
            sb.Append(clean[i]);
            if (hits[i] && (i == clean.Length - 1 || !hits[i + 1])) sb.Append(Close);
        }
        return sb.ToString();
    }
}
