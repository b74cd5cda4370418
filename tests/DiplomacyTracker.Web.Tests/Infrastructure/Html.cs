using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>Reads pages the way a browser would: parse with AngleSharp, fill and post real forms (antiforgery token included).</summary>
public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return new HtmlParser().ParseDocument(body);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/> with its hidden fields, overrides fields, posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formSelector,
        IDictionary<string, string> fields, string? action = null)
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        var form = doc.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form '{formSelector}' on {pageUrl}");
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
            if (input.GetAttribute("name") is { } name) values[name] = input.GetAttribute("value") ?? "";
        foreach (var (k, v) in fields) values[k] = v;
        var target = action ?? form.GetAttribute("action") ?? pageUrl;
        if (string.IsNullOrEmpty(target)) target = pageUrl;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token any form on the page carries.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl)
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"no antiforgery token on {pageUrl}");
    }
}
