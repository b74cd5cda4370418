using System.IO.Compression;
using System.Text;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Cli;

/// <summary>What the user says about one article (title, date, address, the scraper source it belongs to).</summary>
internal sealed record ArticleFacts(string? Title = null, string? Published = null, string? Url = null, Source? Source = null);

/// <summary>Turns `&lt;file-or-url&gt; [--title T] [--published DATE] [--url U]` into a <see cref="RawArticle"/>.</summary>
internal sealed class ArticleInputReader(IServiceProvider services, TimeProvider clock)
{
    public Task<RawArticle> ReadAsync(string input, CliArgs args, ArticleOrigin origin, CancellationToken ct) =>
        ReadAsync(input, new ArticleFacts(args.Get("title"), args.Get("published"), args.Get("url")), origin, ct);

    public async Task<RawArticle> ReadAsync(string input, ArticleFacts facts, ArticleOrigin origin, CancellationToken ct)
    {
        FuzzyDate? published = null;
        if (facts.Published is { } text)
            published = DateInput.TryParse(text, out var date) ? date
                : throw new CliException($"bad date '{text}': use 2025-10-18, 2025-10, 2025 or 2025-10-18T10:00+09:00");
        var url = facts.Url;
        if (url is not null && !IsHttpUrl(url, out _))
            throw new CliException($"bad --url '{url}': give an absolute http(s) URL");

        byte[] body;
        string? contentType;
        if (IsHttpUrl(input, out var uri))
        {
            var fetcher = services.GetService<IPageFetcher>()
                ?? throw new CliException("fetching by URL is not available in this build");
            try
            {
                var page = await fetcher.FetchPageAsync(uri, ct);
                (body, contentType, url) = (page.Body, page.ContentType, url ?? page.FinalUrl.ToString());
            }
            catch (PageFetchException e)
            {
                throw new CliException($"could not fetch {uri}: {e.Message}");
            }
        }
        else
        {
            if (!File.Exists(input)) throw new CliException($"no such file: {input}");
            body = await File.ReadAllBytesAsync(input, ct);
            if (input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                try { body = Gunzip(body); }
                catch (InvalidDataException) { throw new CliException($"{input} is not a gzip file"); }
            }
            contentType = LooksLikeHtml(body) ? "text/html" : "text/plain; charset=utf-8";
        }
        if (body.Length == 0) throw new CliException($"{input} is empty");
        return new RawArticle(body, contentType, url, clock.GetUtcNow(), origin,
            SourceId: facts.Source?.Id, TimeZone: facts.Source?.TimeZone, ContentSelector: facts.Source?.ContentSelector,
            TitleOverride: facts.Title, PublishedOverride: published);
    }

    private static bool IsHttpUrl(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2048)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase));
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
