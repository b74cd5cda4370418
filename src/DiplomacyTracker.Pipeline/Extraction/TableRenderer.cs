using System.Text;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Tells data tables from layout tables and renders a data table as readable rows:
/// "Singapore | June 12,2018 | Sentosa Island | Joint Statement ...".</summary>
internal static class TableRenderer
{
    /// <summary>A data table has no nested tables and no cell long enough to be a page column.</summary>
    public static bool IsDataTable(IElement table, Dictionary<IElement, NodeStats> stats)
    {
        if (table.QuerySelector("table") is not null) return false;
        var rows = 0;
        foreach (var cell in table.QuerySelectorAll("td, th"))
        {
            if (stats.TryGetValue(cell, out var s) && s.Length > 400) return false;
            if (cell.QuerySelector("p, div, ul, ol, h1, h2, h3") is { } block && stats.TryGetValue(block, out var b) && b.Length > 200) return false;
        }
        foreach (var _ in table.QuerySelectorAll("tr")) rows++;
        return rows > 0;
    }

    /// <summary>One line per row, cells joined by " | ", empty rows skipped.</summary>
    public static string Rows(IElement table)
    {
        var sb = new StringBuilder();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            var cells = new List<string>();
            foreach (var node in row.ChildNodes)
            {
                if (node is not IElement cell || cell.TagName is not ("TD" or "TH")) continue;
                var text = TextNormalizer.Collapse(cell.TextContent);
                if (text.Length > 0) cells.Add(text);
            }
            if (cells.Count == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(" | ", cells);
        }
        return sb.ToString();
    }
}
