using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>
/// A page's feeds and downloads as visible links (the same ones its head announces). Written straight to the response:
/// as a partial view it cost a view lookup and activation on every timeline and search request (3 % of an uncached
/// timeline's CPU in a profile).
/// </summary>
public static class DownloadLinksHtml
{
    public static IHtmlContent Of(ViewDataDictionary viewData)
    {
        var links = AlternateLinks.Of(viewData);
        return links.Count == 0 ? HtmlString.Empty : new CardHtml.Writer(w =>
        {
            w.Write("<p class=\"downloads\">Download or subscribe:\n");
            for (var i = 0; i < links.Count; i++)
            {
                var l = links[i];
                w.Write("<a href=\"");
                CardHtml.Encoder.Encode(w, l.Href);
                w.Write("\" type=\"");
                CardHtml.Encoder.Encode(w, l.Type);
                w.Write("\" title=\"");
                CardHtml.Encoder.Encode(w, l.Title);
                w.Write(l.Type is AlternateLinks.Csv or AlternateLinks.Json ? "\" download=\"\">" : "\">");
                CardHtml.Encoder.Encode(w, l.Label);
                w.Write(i < links.Count - 1 ? "</a> · \n" : "</a>\n");
            }
            w.Write("</p>\n");
        });
    }
}
