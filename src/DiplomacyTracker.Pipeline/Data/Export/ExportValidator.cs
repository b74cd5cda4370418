namespace DiplomacyTracker.Data.Export;

/// <summary>
/// Checks that an export document is whole and consistent before <see cref="StoreRestorer"/> writes anything: a known
/// format version, every list present, unique ids, every id it refers to held in the file, readable page snapshots.
/// The first problem is thrown as one line (<see cref="InvalidDataException"/>).
/// </summary>
internal static class ExportValidator
{
    public static void Check(ExportDocument doc)
    {
        if (!ExportDocument.ReadableVersions.Contains(doc.FormatVersion))
            Fail($"export format {doc.FormatVersion} is not supported (this version reads {string.Join(" and ", ExportDocument.ReadableVersions)})");
        Present(doc.Sources, "sources");
        Present(doc.Actors, "actors");
        Present(doc.Articles, "articles");
        Present(doc.Statements, "statements");
        Present(doc.Summits, "summits");

        var sources = Unique(doc.Sources.Select(s => s.Id), "source");
        var actors = Unique(doc.Actors.Select(a => a.Id), "actor");
        var articles = Unique(doc.Articles.Select(a => a.Id), "article");
        Unique(doc.Statements.Select(s => s.Id), "statement");
        Unique(doc.Summits.Select(s => s.Id), "summit");
        Unique((doc.FeedItems ?? []).Select(i => i.Id), "feed item");
        Unique((doc.EditHistory ?? []).Select(e => (int)e.Id), "edit record");
        if ((doc.Editors ?? []).GroupBy(e => e.Email?.ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
            Fail($"two editors have the e-mail {twice.Key}");

        foreach (var a in doc.Actors)
        {
            if (a.Name is null || a.Slug is null || a.Aliases is null || a.Roles is null) Fail($"actor {a.Id} lacks its name, slug, aliases or roles");
            if (a.MergedIntoId is { } into && !actors.Contains(into)) Fail($"actor {a.Id} is merged into actor {into}, which the file does not hold");
        }
        foreach (var a in doc.Articles)
        {
            if (a.Title is null || a.Text is null || a.AlsoReportedBy is null) Fail($"article {a.Id} lacks its title, text or sightings list");
            if (a.SourceId is { } s && !sources.Contains(s)) Fail($"article {a.Id} names source {s}, which the file does not hold");
            if (a.RawGzipBase64 is { } raw && !IsBase64(raw)) Fail($"article {a.Id}: rawGzipBase64 is not base64");
        }
        foreach (var s in doc.Statements)
        {
            if (s.Text is null) Fail($"statement {s.Id} has no text");
            if (!articles.Contains(s.ArticleId)) Fail($"statement {s.Id} names article {s.ArticleId}, which the file does not hold");
            if (s.SpeakerId is { } speaker && !actors.Contains(speaker)) Fail($"statement {s.Id} names actor {speaker}, which the file does not hold");
        }
        foreach (var s in doc.Summits)
        {
            if (s.Title is null || s.Participants is null || s.Evidence is null) Fail($"summit {s.Id} lacks its title, participants or evidence list");
            foreach (var p in s.Participants.Where(p => !actors.Contains(p))) Fail($"summit {s.Id} names actor {p}, which the file does not hold");
            if (s.Evidence.FirstOrDefault(e => e.ArticleId is { } id && !articles.Contains(id)) is { } e)
                Fail($"summit {s.Id} cites article {e.ArticleId}, which the file does not hold");
            foreach (var u in (s.UnlinkedArticles ?? []).Where(id => !articles.Contains(id)))
                Fail($"summit {s.Id} lists unlinked article {u}, which the file does not hold");
        }
        foreach (var i in doc.FeedItems ?? [])
        {
            if (!sources.Contains(i.SourceId)) Fail($"feed item {i.Id} names source {i.SourceId}, which the file does not hold");
            if (i.ArticleId is { } id && !articles.Contains(id)) Fail($"feed item {i.Id} names article {id}, which the file does not hold");
        }
        foreach (var e in doc.Editors ?? [])
            if (string.IsNullOrWhiteSpace(e.Email)) Fail($"editor {e.Id} has no e-mail");
    }

    private static void Present<T>([System.Diagnostics.CodeAnalysis.NotNull] IReadOnlyList<T>? list, string name)
    {
        if (list is null) Fail($"not an export document: it has no \"{name}\" list");
    }

    private static HashSet<int> Unique(IEnumerable<int> ids, string what)
    {
        var seen = new HashSet<int>();
        foreach (var id in ids)
            if (!seen.Add(id)) Fail($"two {what}s have the id {id}");
        return seen;
    }

    private static bool IsBase64(string text) => text.Length % 4 == 0 && Convert.TryFromBase64String(text, new byte[text.Length / 4 * 3], out _);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new InvalidDataException(message);
}
