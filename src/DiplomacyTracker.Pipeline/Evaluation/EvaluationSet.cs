using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Evaluation;

/// <summary>The annotated articles, the relevance items and the catalog they were annotated against, loaded from one folder.</summary>
public sealed record EvaluationSet(
    IReadOnlyList<AnnotatedArticle> Articles,
    IReadOnlyList<RelevanceSample> RelevanceSamples,
    ActorCatalog Catalog,
    ReferenceActorsFile CatalogFile)
{
    public const string CatalogFileName = "catalog.json";
    public const string RelevanceFileName = "relevance.json";

    /// <summary>The sub-folder holding the held-out articles (never looked at while tuning); they share the parent's catalog.</summary>
    public const string HeldOutFolderName = "Held";

    /// <summary>The second held-out set, written before the summit work that followed the first one was read; same catalog.</summary>
    public const string SecondHeldOutFolderName = "Held2";

    /// <summary>The third held-out set, written before the summit round that used Held2 as development data; same catalog.</summary>
    public const string ThirdHeldOutFolderName = "Held3";

    /// <summary>The fourth held-out set, written before the summit round that used Held3's totals only as a regression check; same catalog.</summary>
    public const string FourthHeldOutFolderName = "Held4";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Loads every article file in <paramref name="directory"/> (all *.json except the catalog and relevance files).
    /// <paramref name="catalogPath"/> overrides the folder's catalog.json; a folder without one (the held-out set) uses
    /// its parent's. Throws <see cref="InvalidDataException"/>
    /// naming the file when something cannot be read.
    /// </summary>
    public static EvaluationSet Load(string directory, string? catalogPath = null)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no evaluation folder at {directory}");
        catalogPath ??= DefaultCatalog(directory);
        var catalogFile = Read<ReferenceActorsFile>(catalogPath);
        var relevancePath = Path.Combine(directory, RelevanceFileName);
        var relevance = File.Exists(relevancePath) ? Read<List<RelevanceSample>>(relevancePath) : [];
        var articles = Directory.EnumerateFiles(directory, "*.json")
            .Where(p => Path.GetFileName(p) is not (CatalogFileName or RelevanceFileName))
            .Where(p => !string.Equals(Path.GetFullPath(p), Path.GetFullPath(catalogPath), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(ReadArticle)
            .ToList();
        return new EvaluationSet(articles, relevance, ActorCatalog.FromReference(catalogFile), catalogFile);
    }

    private static string DefaultCatalog(string directory)
    {
        var own = Path.Combine(directory, CatalogFileName);
        if (File.Exists(own)) return own;
        var parent = Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar));
        var inherited = parent is null ? null : Path.Combine(parent, CatalogFileName);
        return inherited is not null && File.Exists(inherited) ? inherited : own;
    }

    private static AnnotatedArticle ReadArticle(string path)
    {
        var article = Read<AnnotatedArticle>(path);
        if (string.IsNullOrWhiteSpace(article.Id) || string.IsNullOrWhiteSpace(article.Text))
            throw new InvalidDataException($"{Path.GetFileName(path)}: id and text are required");
        return article with
        {
            Statements = article.Statements ?? [],
            Unattributed = article.Unattributed ?? [],
            Summits = (article.Summits ?? []).Select(s => s with { Participants = s.Participants ?? [] }).ToList(),
        };
    }

    private static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{Path.GetFileName(path)} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
