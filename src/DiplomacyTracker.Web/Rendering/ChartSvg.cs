using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>One column or row of a chart: its label, an optional axis label (null: none under it), a value per series.</summary>
public sealed record ChartBar(string Label, string? AxisLabel, int[] Values);

/// <summary>
/// Server-rendered SVG charts (no script, nothing from elsewhere, CSP unchanged): stacked columns over time for wide
/// screens, and stacked rows — one per year, label and count beside it — that stay readable on a phone. Colours come
/// from CSS classes (series-0…5); every bar has a title (tooltip) with its numbers.
/// </summary>
public static class ChartSvg
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Stacked columns, one per bar, a y axis with gridlines at round numbers.</summary>
    public static IHtmlContent Columns(IReadOnlyList<ChartBar> bars, IReadOnlyList<string> series, string title, string cssClass = "chart chart-wide")
    {
        const int height = 240, left = 44, bottom = 34, top = 12;
        const int width = 900; // fixed, so text keeps one size whatever the number of bars
        var plotW = width - left - 12;
        var plotH = height - top - bottom;
        var max = Math.Max(1, bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Enc(title)}\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(Inv, $"<title>{Enc(title)}</title>");
        for (var v = 0; v <= max; v += step)
        {
            var y = top + plotH - plotH * v / (double)max;
            svg.Append(Inv, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - 12}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/><text x=\"{left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{v:N0}</text>");
        }
        var w = plotW / (double)Math.Max(1, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = left + i * w;
            double baseY = top + plotH;
            for (var s = 0; s < bar.Values.Length; s++)
            {
                if (bar.Values[s] == 0) continue;
                var h = plotH * bar.Values[s] / (double)max;
                baseY -= h;
                svg.Append(Inv, $"<rect class=\"series-{s % 6}\" x=\"{x + w * 0.1:0.##}\" y=\"{baseY:0.##}\" width=\"{Math.Max(1, w * 0.8):0.##}\" height=\"{h:0.##}\"><title>{Enc(bar.Label)}: {Enc(Describe(bar.Values, series))}</title></rect>");
            }
            if (bar.AxisLabel is not null)
                svg.Append(Inv, $"<line class=\"axis\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{top + plotH}\" y2=\"{top + plotH + 4}\"/><text x=\"{x + 2:0.#}\" y=\"{height - bottom + 18}\">{Enc(bar.AxisLabel)}</text>");
        }
        svg.Append(Inv, $"<line class=\"axis\" x1=\"{left}\" x2=\"{width - 12}\" y1=\"{top + plotH}\" y2=\"{top + plotH}\"/></svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Stacked rows (the phone layout): one line per bar with its label at the left and its total at the end.</summary>
    public static IHtmlContent Rows(IReadOnlyList<ChartBar> bars, IReadOnlyList<string> series, string title, string cssClass = "chart chart-narrow")
    {
        const int width = 360, left = 46, right = 52, rowH = 20;
        var height = bars.Count * rowH + 8;
        var max = Math.Max(1, bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max());
        var plotW = width - left - right;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Enc(title)}\"><title>{Enc(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * rowH;
            svg.Append(Inv, $"<text x=\"0\" y=\"{y + 14}\">{Enc(bar.Label)}</text>");
            double x = left;
            for (var s = 0; s < bar.Values.Length; s++)
            {
                if (bar.Values[s] == 0) continue;
                var w = plotW * bar.Values[s] / (double)max;
                svg.Append(Inv, $"<rect class=\"series-{s % 6}\" x=\"{x:0.##}\" y=\"{y + 3}\" width=\"{Math.Max(1, w):0.##}\" height=\"{rowH - 6}\"><title>{Enc(bar.Label)}: {Enc(Describe(bar.Values, series))}</title></rect>");
                x += w;
            }
            svg.Append(Inv, $"<text x=\"{x + 4:0.#}\" y=\"{y + 14}\">{bar.Values.Sum():N0}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Describe(int[] values, IReadOnlyList<string> series) =>
        values.Length == 1 ? values[0].ToString("N0", Inv)
            : string.Join(", ", values.Select((v, i) => (v, i)).Where(p => p.v > 0).Select(p => $"{series[p.i]} {p.v:N0}"));

    private static int NiceStep(int max)
    {
        var raw = max / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, raw))));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return Math.Max(1, (int)step);
    }

    private static string Enc(string text) => CardHtml.Encoder.Encode(text);
}
