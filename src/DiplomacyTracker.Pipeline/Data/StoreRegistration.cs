using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Data;

/// <summary>Registers the SQLite store the same way for the web app, the CLI and the tests.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddTrackerStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DataPaths.ConnectionString(configuration);
        // Options built once, not per request: building them (extensions, warnings, interceptors) was a tenth of an
        // uncached page's CPU in a profile (docs/performance.md). Whatever configures them must be a singleton.
        services.AddDbContext<TrackerDbContext>(options => Configure(options, connectionString), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmas())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
