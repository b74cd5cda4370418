using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Extraction;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Intake;

/// <summary>A migrated, reference-seeded store and helpers to feed the store hand-made analysis results.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    private StoreFixture()
    {
        var collection = new ServiceCollection();
        collection.AddDbContext<TrackerDbContext>(o => StoreRegistration.Configure(o, _database.Settings));
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<CatalogProvider>();
        collection.AddScoped<ArticleStore>();
        collection.AddScoped<DatabaseInitializer>();
        collection.AddLogging();
        _services = collection.BuildServiceProvider();
    }

    public static async Task<StoreFixture> CreateAsync()
    {
        var fixture = new StoreFixture();
        await using var scope = fixture._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return fixture;
    }

    public async Task<T> WithStoreAsync<T>(Func<ArticleStore, TrackerDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ArticleStore>(), scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    public Task<SaveResult> SaveAsync(ProcessedArticle article) => WithStoreAsync((store, _) => store.SaveAsync(article));

    public Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query) => WithStoreAsync((_, db) => query(db));

    public static ProcessedArticle Article(string text, string? url = null, FuzzyDate? published = null, int? sourceId = null,
        string? guid = null, string? canonical = null, IReadOnlyList<FoundStatement>? statements = null,
        IReadOnlyList<FoundSummit>? summits = null, IReadOnlyList<FoundActor>? actors = null)
    {
        var raw = new RawArticle(Encoding.UTF8.GetBytes(text), "text/plain", url, DateTimeOffset.UtcNow, ArticleOrigin.Scraped, sourceId, guid);
        var extracted = new ExtractedArticle(true, null, "Title", null, null, "en", canonical, null, published, null, text, null);
        var analysis = new AnalysisResult(new RelevanceDecision(true, 0.9, false, []), actors ?? [], statements ?? [], summits ?? []);
        return new ProcessedArticle(raw, extracted, analysis, "Title", published, text, ArticleProcessor.ContentHash(text),
            url is null ? null : UrlNormalizer.Normalize(url), canonical is null ? null : UrlNormalizer.Normalize(canonical));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }
}
