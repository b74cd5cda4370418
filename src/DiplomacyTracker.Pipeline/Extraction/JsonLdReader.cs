using System.Text.Json;
using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Reads the schema.org article object a page embeds as JSON-LD (headline, dates, author, publisher).</summary>
internal sealed class JsonLdReader
{
    public string? Headline { get; private set; }
    public string? Author { get; private set; }
    public string? Publisher { get; private set; }
    public string? Image { get; private set; }
    public string? Url { get; private set; }
    public string? Description { get; private set; }

    /// <summary>The dates of every article-like object, best type first (an article before a WebPage), in page order within a type.</summary>
    public List<JsonLdDates> Dated { get; } = [];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "SocialMediaPosting", "Blog", "WebPage", "Posting",
        "HowTo", "Recipe", // pages whose main entity is a guide or a recipe date it there
    };

    /// <summary>Reads every ld+json script; an article type beats WebPage.</summary>
    public static JsonLdReader Read(IEnumerable<IElement> scripts)
    {
        var reader = new JsonLdReader();
        var bestRank = int.MaxValue;
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                foreach (var obj in Objects(json.RootElement))
                {
                    var rank = Rank(obj);
                    if (rank != int.MaxValue && (Text(obj, "datePublished") ?? Text(obj, "dateCreated") ?? Text(obj, "dateModified")) is not null)
                        reader.Dated.Add(new JsonLdDates(rank, Text(obj, "headline") ?? Text(obj, "name"), Text(obj, "datePublished"), Text(obj, "dateCreated"), Text(obj, "dateModified")));
                    if (rank >= bestRank) continue;
                    bestRank = rank;
                    reader.Take(obj);
                }
            }
            catch (JsonException) { }
        }
        var byRank = reader.Dated.OrderBy(d => d.Rank).ToList(); // OrderBy keeps page order within a rank
        reader.Dated.Clear();
        reader.Dated.AddRange(byRank);
        return reader;
    }

    private static int Rank(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var type)) return int.MaxValue;
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        var rank = int.MaxValue;
        foreach (var name in names)
        {
            if (!ArticleTypes.Contains(name)) continue;
            var r = name.Equals("WebPage", StringComparison.OrdinalIgnoreCase) || name.Equals("Blog", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
            if (!obj.TryGetProperty("datePublished", out _) && !obj.TryGetProperty("headline", out _)) r += 2;
            rank = Math.Min(rank, r);
        }
        return rank;
    }

    private void Take(JsonElement obj)
    {
        Headline = Text(obj, "headline") ?? Text(obj, "name");
        Author = Name(obj, "author");
        Publisher = Name(obj, "publisher");
        Image = Name(obj, "image", "url");
        Url = Text(obj, "url") ?? Name(obj, "mainEntityOfPage", "@id");
        Description = Text(obj, "description");
    }

    /// <summary>All JSON objects in the tree (including @graph members), found with an explicit stack.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) stack.Push(item);
            else if (e.ValueKind == JsonValueKind.Object)
            {
                yield return e;
                if (e.TryGetProperty("@graph", out var graph)) stack.Push(graph);
                if (e.TryGetProperty("mainEntity", out var main)) stack.Push(main);
            }
        }
    }

    private static string? Text(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    /// <summary>A string property, or the name/url of the (first) object it holds.</summary>
    private static string? Name(JsonElement obj, string property, string inner = "name")
    {
        if (!obj.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array)
        {
            var names = v.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Text(item, inner) : null)
                .Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
            return names.Count == 0 ? null : inner == "name" ? string.Join(", ", names) : names[0];
        }
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        return v.ValueKind == JsonValueKind.Object ? Text(v, inner) : null;
    }
}

/// <summary>The dates one JSON-LD article (or web page) object gives, with its headline to tell the page's own article from others.</summary>
internal sealed record JsonLdDates(int Rank, string? Headline, string? Published, string? Created, string? Modified);
