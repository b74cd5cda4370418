using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Data;

/// <summary>
/// Registers the store the same way for the web app, the CLI and the tests: SQLite or PostgreSQL
/// (<see cref="StoreSettings"/>), each with its own migrations assembly (docs/architecture.md, "Schema changes").
/// </summary>
public static class StoreRegistration
{
    /// <summary>The migrations and model snapshot made by <c>dotnet ef</c> for each provider.</summary>
    public const string SqliteMigrationsAssembly = "DiplomacyTracker.Migrations.Sqlite";

    public const string PostgresMigrationsAssembly = "DiplomacyTracker.Migrations.Postgres";

    public static IServiceCollection AddTrackerStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = StoreSettings.Read(configuration);
        services.AddSingleton(store);
        // Pooled: options built once and contexts reused, not set up per request (building the options and the context's
        // services was a seventh of an uncached page's CPU in a profile, docs/performance.md). Whatever configures the
        // options (interceptors) must be a singleton; the context must keep no state of its own.
        services.AddDbContextPool<TrackerDbContext>(options => Configure(options, store));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>A SQLite store at this connection string (tests and benches).</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, new StoreSettings(StoreProvider.Sqlite, connectionString));

    public static void Configure(DbContextOptionsBuilder options, StoreSettings store)
    {
        if (store.IsSqlite)
            options.UseSqlite(store.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .CommandTimeout(60)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new SqlitePragmas(), StoreGenerationBump.Instance);
        else
            options.UseNpgsql(store.ConnectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .CommandTimeout(60)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(StoreGenerationBump.Instance);
    }
}
