using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`extract-batch DIR --out FILE.json`: runs the article extractor over every saved page in a folder and
/// writes what it found, in the shape the extraction benchmark scores ({ id: { title, publishedAt, articleBody } }).</summary>
internal sealed class ExtractBatchCommand(CliConsole console) : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "extract-batch";

    public string Usage => "extract-batch <dir> --out <file.json>   extract every *.html / *.html.gz page in <dir>";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count != 1)
            throw new CliException("usage: " + Usage);
        var dir = args.Positionals[0];
        var outFile = args.Require("out");
        if (!Directory.Exists(dir))
            throw new CliException($"no such folder: {dir}");

        var pages = Directory.EnumerateFiles(dir)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0)
            throw new CliException($"no *.html or *.html.gz files in {dir}");

        var output = new SortedDictionary<string, BatchEntry>(StringComparer.Ordinal);
        var found = 0;
        foreach (var path in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = ArticleExtractor.Extract(new PageInput(await ReadAsync(path, cancellationToken)));
            if (article.Found) found++;
            output[PageId(path)] = new BatchEntry(article.Title, article.Published?.ToIsoString(), article.Text);
        }

        var json = JsonSerializer.Serialize(output, Json);
        await File.WriteAllTextAsync(outFile, json, cancellationToken);
        console.Out.WriteLine($"extracted {found} of {pages.Count} pages into {outFile}");
        return 0;
    }

    private static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".html.gz", ".html" })
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        return name;
    }

    private static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return await File.ReadAllBytesAsync(path, cancellationToken);
        await using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await gz.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private sealed record BatchEntry(
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string? Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("publishedAt")] string? PublishedAt,
        [property: System.Text.Json.Serialization.JsonPropertyName("articleBody")] string ArticleBody);
}
