using DiplomacyTracker.Data;
using DiplomacyTracker.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a temp folder (never the InMemory provider), scraper off, Production errors;
/// on the PostgreSQL pass (<see cref="TestStore"/>), on a fresh PostgreSQL database instead.
/// </summary>
public class TrackerWebFactory : WebApplicationFactory<Program>
{
    public TrackerWebFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("dt-web-").FullName;
        DatabasePath = Path.Combine(DataDirectory, "tracker.db");
    }

    private readonly PostgresTestDatabase? _postgres = TestStore.IsPostgres ? new PostgresTestDatabase() : null;

    public string DataDirectory { get; }
    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Tracker", _postgres?.ConnectionString ?? $"Data Source={DatabasePath}");
        builder.UseSetting("Tracker:DataDirectory", DataDirectory);
        builder.UseSetting("Scraper:Enabled", "false");
    }

    /// <summary>Runs <paramref name="work"/> against the app's own store in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<TrackerDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    public Task WithDbAsync(Func<TrackerDbContext, Task> work) => WithDbAsync(async db => { await work(db); return 0; });

    /// <summary>Creates an editor through the shared account code (what `editors add` uses).</summary>
    public Task<EditorAccounts.Result> CreateEditorAsync(string email, string password) =>
        WithDbAsync(db => new EditorAccounts(db, TimeProvider.System).CreateAsync(email, password));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        _postgres?.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
