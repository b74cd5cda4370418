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
        services.AddDbContext<TrackerDbContext>(options => Configure(options, store));
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
                .AddInterceptors(new SqlitePragmas());
        else
            options.UseNpgsql(store.ConnectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .CommandTimeout(60)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
    }
}
