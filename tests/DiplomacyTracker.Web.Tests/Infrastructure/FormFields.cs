using AngleSharp.Dom;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>Every value a browser would post for a form as it stands (inputs, selected options, textareas), for "save unchanged" tests.</summary>
public static class FormFields
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, string pageUrl, string formSelector)
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        var form = doc.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form '{formSelector}' on {pageUrl}");
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]"))
            values[input.GetAttribute("name")!] = input.GetAttribute("value") ?? "";
        foreach (var select in form.QuerySelectorAll("select[name]"))
            values[select.GetAttribute("name")!] = (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))?.GetAttribute("value") ?? "";
        foreach (var area in form.QuerySelectorAll("textarea[name]"))
            values[area.GetAttribute("name")!] = area.TextContent.ReplaceLineEndings("\r\n");
        return values;
    }
}
