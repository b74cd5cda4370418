using System.Runtime.CompilerServices;
using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Html;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>
/// The timeline's per-year strip (oldest to newest, one column per year, bar height in tenths as CSS classes: no inline
/// style under the CSP), written once per set of counts: every timeline request between two counts shares the same
/// markup instead of formatting thirty years again.
/// </summary>
public static class OverviewStripHtml
{
    private static readonly ConditionalWeakTable<IReadOnlyList<TimelineOverview.YearCount>, HtmlString> Written = [];

    public static IHtmlContent Of(IReadOnlyList<TimelineOverview.YearCount> years) =>
        years.Count == 0 ? HtmlString.Empty : Written.GetValue(years, Write);

    private static HtmlString Write(IReadOnlyList<TimelineOverview.YearCount> years)
    {
        var max = Math.Max(1, years.Max(y => y.Statements + y.Summits));
        using var w = new StringWriter();
        w.Write("<section aria-labelledby=\"overview-heading\" class=\"overview-strip\">\n");
        w.Write("<h2 id=\"overview-heading\" class=\"visually-compact\">Activity per year</h2>\n<ul class=\"overview\">\n");
        foreach (var y in years.Reverse())
        {
            var total = y.Statements + y.Summits;
            var tenth = total == 0 ? 0 : Math.Max(1, (int)Math.Round(10.0 * total / max));
            var year = CardHtml.Encoder.Encode(y.Year);
            var counts = $"{y.Statements} statements, {y.Summits} summits";
            w.Write($"<li title=\"{year}: {counts}\"><a href=\"/?from={year}&amp;to={year}\"><span class=\"bar h{tenth}\" aria-hidden=\"true\"></span><span class=\"year\">{year}</span></a><span class=\"visually-hidden\">: {counts}</span></li>\n");
        }
        w.Write("</ul>\n</section>\n");
        return new HtmlString(w.ToString());
    }
}
