using System.Text.Encodings.Web;
using System.Text.Unicode;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Html;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>
/// The statement and summit cards as HTML, written straight to the response. The timeline and search render fifty of
/// them per page; as Razor partials each one cost a view lookup, a page activation and a buffer (a seventh of an
/// uncached timeline's CPU in a profile). The partials _StatementItem and _SummitCard call these, so the markup lives here once.
/// </summary>
public static class CardHtml
{
    /// <summary>Encodes markup characters only: Hangul stays Hangul (the default encoder writes &amp;#xXXXX; for each syllable).</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A statement card; <paramref name="showArticle"/> names its article (false under an article heading).</summary>
    public static IHtmlContent Statement(StatementCard card, bool showArticle = true) => new Writer(w => WriteStatement(w, card, showArticle));

    public static IHtmlContent Summit(SummitCard card, DateTimeOffset now) => new Writer(w => WriteSummit(w, card, now));

    public static void WriteStatement(TextWriter w, StatementCard c, bool showArticle)
    {
        var sentence = $"/Articles/{c.ArticleId}#s{c.Id}";
        w.Write("<figure class=\"statement-card\"><blockquote cite=\"");
        w.Write(sentence);
        w.Write("\"><p>");
        if (c.SnippetHtml is not null) w.Write(c.SnippetHtml);
        else Encoder.Encode(w, c.Text);
        w.Write("</p></blockquote><figcaption>");
        if (c.SpeakerSlug is not null)
        {
            w.Write("<a href=\"/Actors/");
            Encoder.Encode(w, c.SpeakerSlug);
            w.Write("\">");
            Encoder.Encode(w, c.SpeakerName ?? c.SpeakerSlug);
            w.Write("</a>");
            // A joint statement: the analysis names the co-speakers after the speaker ("Joe Biden and Yoon Suk Yeol").
            if (c.SpeakerName is { Length: > 0 } name && c.SpeakerText is { } named && named.Length > name.Length
                && named.StartsWith(name, StringComparison.Ordinal) && (named[name.Length..].StartsWith(" and ", StringComparison.Ordinal) || named[name.Length..].StartsWith(", ", StringComparison.Ordinal)))
                Encoder.Encode(w, named[name.Length..]);
        }
        else
        {
            w.Write("<span>");
            Encoder.Encode(w, c.SpeakerText ?? "unknown speaker");
            w.Write("</span>");
        }
        if (c.Role is not null)
        {
            w.Write(", <span class=\"role\">");
            Encoder.Encode(w, c.Role);
            w.Write("</span>");
        }
        w.Write(" · <time datetime=\"");
        w.Write(Display.Iso(c.SaidOn));
        w.Write("\">");
        Encoder.Encode(w, Display.Date(c.SaidOn));
        w.Write("</time> · <a href=\"");
        w.Write(sentence);
        if (showArticle)
        {
            w.Write("\">in “");
            Encoder.Encode(w, c.ArticleTitle);
            w.Write("”</a>");
        }
        else w.Write("\">the sentence</a>");
        w.Write("</figcaption></figure>\n");
    }

    public static void WriteSummit(TextWriter w, SummitCard c, DateTimeOffset now)
    {
        var status = c.Status.ToString().ToLowerInvariant();
        var overdue = c.OverdueAt(now);
        w.Write("<article class=\"summit-card status-border-");
        w.Write(status);
        w.Write(overdue ? " overdue\">" : "\">");
        w.Write("<h3><a href=\"/Summits/");
        w.Write(c.Id);
        w.Write("\">");
        Encoder.Encode(w, c.Title);
        w.Write("</a> <span class=\"badge status-");
        w.Write(status);
        w.Write("\">");
        w.Write(c.Status);
        w.Write("</span>");
        if (overdue) w.Write(" <span class=\"badge overdue\" title=\"Its date is past and no article has reported it held, postponed or cancelled\">overdue — no report yet</span>");
        w.Write("</h3><p class=\"meta\"><time datetime=\"");
        w.Write(Display.Iso(c.Start));
        w.Write("\">");
        Encoder.Encode(w, Display.Range(c.Start, c.End));
        w.Write("</time>");
        if (!string.IsNullOrEmpty(c.Location))
        {
            w.Write("<span> · ");
            Encoder.Encode(w, c.Location);
            w.Write("</span>");
        }
        w.Write("</p>");
        if (c.Participants.Count > 0)
        {
            w.Write("<p class=\"participants\">With ");
            for (var i = 0; i < c.Participants.Count; i++)
            {
                var p = c.Participants[i];
                if (i > 0) w.Write(", ");
                w.Write("<a href=\"/Actors/");
                Encoder.Encode(w, p.Slug);
                w.Write("\">");
                Encoder.Encode(w, p.Name);
                w.Write("</a>");
            }
            w.Write("</p>");
        }
        w.Write("</article>\n");
    }

    /// <summary>HTML written on demand, when the page is flushed (no intermediate buffer).</summary>
    public sealed class Writer(Action<TextWriter> write) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => write(writer);
    }
}
