namespace DiplomacyTracker.Cli;

/// <summary>One article to import, with what the user knows about it (each may be null).</summary>
internal sealed record ImportItem(string Input, string? Title = null, string? Published = null, string? Url = null, string? Source = null);

/// <summary>
/// Expands `import` inputs into items: a file or URL as given, a folder into its pages (*.html, *.htm, *.txt, and
/// those gzipped, sorted by name), and a list file (--list) into one item per line. A list file is tab-separated with
/// a header naming its columns — `path` (required), `title`, `published`, `url`, `source` — in any order; blank lines
/// and lines starting with # are skipped; relative paths are relative to the list file.
/// </summary>
internal static class ImportList
{
    private static readonly string[] PageSuffixes = [".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz"];
    private static readonly string[] Columns = ["path", "title", "published", "url", "source"];

    public static List<ImportItem> Expand(IEnumerable<string> inputs)
    {
        var items = new List<ImportItem>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var pages = Directory.EnumerateFiles(input).Where(IsPage).Order(StringComparer.Ordinal).ToList();
                if (pages.Count == 0) throw new CliException($"no pages (*.html, *.htm, *.txt, gzipped too) in folder {input}");
                items.AddRange(pages.Select(p => new ImportItem(p)));
            }
            else
            {
                items.Add(new ImportItem(input));
            }
        }
        return items;
    }

    public static List<ImportItem> Read(string listFile)
    {
        if (!File.Exists(listFile)) throw new CliException($"no such list file: {listFile}");
        var folder = Path.GetDirectoryName(Path.GetFullPath(listFile))!;
        var lines = File.ReadAllLines(listFile).Select((text, i) => (Text: text.TrimEnd('\r'), Number: i + 1))
            .Where(l => l.Text.Trim().Length > 0 && !l.Text.TrimStart().StartsWith('#')).ToList();
        if (lines.Count == 0) throw new CliException($"{listFile} is empty");
        var header = lines[0].Text.Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.FirstOrDefault(h => !Columns.Contains(h)) is { } unknown)
            throw new CliException($"{listFile}: unknown column '{unknown}' in the header (columns: {string.Join(", ", Columns)}, tab-separated)");
        if (!header.Contains("path")) throw new CliException($"{listFile}: the header line needs a 'path' column (columns: {string.Join(", ", Columns)}, tab-separated)");
        var items = new List<ImportItem>();
        foreach (var (text, number) in lines.Skip(1))
        {
            var cells = text.Split('\t');
            if (cells.Length > header.Count) throw new CliException($"{listFile}:{number}: {cells.Length} cells, the header names {header.Count}");
            string? Cell(string name) => header.IndexOf(name) is var i and >= 0 && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;
            var path = Cell("path") ?? throw new CliException($"{listFile}:{number}: no path");
            if (!Uri.TryCreate(path, UriKind.Absolute, out var uri) || uri.IsFile) path = Path.Combine(folder, path);
            items.Add(new ImportItem(path, Cell("title"), Cell("published"), Cell("url"), Cell("source")));
        }
        return items;
    }

    private static bool IsPage(string path) => PageSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
