using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Pages rendered in the browser (React, Vue) may show no article in their markup while their JSON-LD carries
/// it: an <c>articleBody</c>, or a how-to's or recipe's description and steps. When the parsed page shows no article,
/// the longest such text is read as the page's body, keeping what the page itself said about its title, date,
/// language and address.</summary>
internal static partial class JsonLdArticle
{
    private const int MinBody = 200;

    [GeneratedRegex(@"<script\b[^>]*\btype\s*=\s*[""']?application/ld\+json[""']?[^>]*>(.*?)</script\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    /// <summary>The article the page's JSON-LD carries, or null when it carries none.</summary>
    public static ExtractedArticle? Extract(string page, PageInput input, ExtractedArticle outer)
    {
        string? best = null;
        foreach (Match m in Script().Matches(page))
            if (BodyOf(m.Groups[1].Value) is { } body && body.Length > (best?.Length ?? MinBody - 1)) best = body;
        if (best is null) return null;
        var inner = ArticleExtractor.FromHtml(DepthGuard.Limit("<html><body><article>" + best + "</article></body></html>"), input with { ContentSelector = null });
        return inner.Found ? ArticleExtractor.WithOuterMetadata(inner, outer) : null;
    }

    /// <summary>The longest body any object of one script carries, as markup.</summary>
    private static string? BodyOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            string? best = null;
            var stack = new Stack<JsonElement>();
            stack.Push(document.RootElement);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (e.ValueKind == JsonValueKind.Array) { foreach (var item in e.EnumerateArray()) stack.Push(item); continue; }
                if (e.ValueKind != JsonValueKind.Object) continue;
                if (e.TryGetProperty("@graph", out var graph)) stack.Push(graph);
                if (e.TryGetProperty("mainEntity", out var main)) stack.Push(main);
                var body = Text(e, "articleBody") is { } article ? AsMarkup(article) : Steps(e);
                if (body is not null && body.Length > (best?.Length ?? 0)) best = body;
            }
            return best;
        }
        catch (JsonException) { return null; }
    }

    /// <summary>A how-to's or recipe's description followed by the text of its steps (HowToStep, HowToSection, strings).</summary>
    private static string? Steps(JsonElement obj)
    {
        if (!obj.TryGetProperty("step", out var steps) && !obj.TryGetProperty("recipeInstructions", out steps)) return null;
        var markup = new StringBuilder();
        if (Text(obj, "description") is { } description) markup.Append(AsMarkup(description));
        var stack = new Stack<JsonElement>();
        stack.Push(steps);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.String) markup.Append(AsMarkup(e.GetString()!));
            else if (e.ValueKind == JsonValueKind.Array) foreach (var item in e.EnumerateArray().Reverse()) stack.Push(item);
            else if (e.ValueKind == JsonValueKind.Object)
            {
                if (Text(e, "text") is { } text) markup.Append(AsMarkup(text));
                if (e.TryGetProperty("itemListElement", out var items)) stack.Push(items);
            }
        }
        return markup.Length == 0 ? null : markup.ToString();
    }

    /// <summary>Markup as it is; plain text as one paragraph per line.</summary>
    private static string AsMarkup(string text) =>
        text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase) ? text
        : string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => "<p>" + WebUtility.HtmlEncode(line) + "</p>"));

    private static string? Text(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
