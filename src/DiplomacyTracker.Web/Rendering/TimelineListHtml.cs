using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Html;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>
/// The timeline's list (what the page shows without JavaScript): month sections, summits as cards, and statements
/// grouped by article — one heading per article, its statements under it, instead of the title under every statement.
/// </summary>
public static class TimelineListHtml
{
    public static IHtmlContent Months(IEnumerable<IGrouping<string, IndexModel.Item>> months, DateTimeOffset now) =>
        new CardHtml.Writer(w =>
        {
            foreach (var month in months)
            {
                w.Write("<section class=\"month-group\"><h2 class=\"month\">");
                CardHtml.Encoder.Encode(w, month.Key);
                w.Write("</h2>\n");
                int? openArticle = null;
                foreach (var item in month)
                {
                    if (item.Statement is { } s)
                    {
                        if (openArticle != s.ArticleId)
                        {
                            if (openArticle is not null) w.Write("</section>\n");
                            openArticle = s.ArticleId;
                            w.Write("<section class=\"article-group\" data-article=\"");
                            w.Write(s.ArticleId);
                            w.Write("\"><h3 class=\"article-heading\"><a href=\"/Articles/");
                            w.Write(s.ArticleId);
                            w.Write("\">");
                            CardHtml.Encoder.Encode(w, s.ArticleTitle);
                            w.Write("</a></h3>\n");
                        }
                        CardHtml.WriteStatement(w, s, showArticle: false);
                        continue;
                    }
                    if (openArticle is not null) { w.Write("</section>\n"); openArticle = null; }
                    if (item.Summit is { } summit) CardHtml.WriteSummit(w, summit, now);
                }
                if (openArticle is not null) w.Write("</section>\n");
                w.Write("</section>\n");
            }
        });
}
