using Microsoft.Extensions.Configuration;

namespace DiplomacyTracker.Data;

/// <summary>Which database engine holds the store.</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: one file in the data folder, nothing to install.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server shared by several app instances.</summary>
    Postgres = 1,
}

/// <summary>
/// The store's engine and connection string, read once from configuration: <c>Database:Provider</c>
/// (<c>Sqlite</c>, the default, or <c>Postgres</c>) and <c>ConnectionStrings:Tracker</c> (for SQLite,
/// tracker.db in the data folder when unset; for PostgreSQL, required).
/// </summary>
public sealed record StoreSettings(StoreProvider Provider, string ConnectionString)
{
    public bool IsSqlite => Provider == StoreProvider.Sqlite;

    public static StoreSettings Read(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration["Database:Provider"]);
        var configured = configuration.GetConnectionString("Tracker");
        if (provider == StoreProvider.Sqlite) return new StoreSettings(provider, DataPaths.ConnectionString(configuration));
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Tracker is not set " +
                "(e.g. ConnectionStrings__Tracker=\"Host=db;Database=tracker;Username=tracker;Password=…\").");
        return new StoreSettings(provider, configured);
    }

    public static StoreProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite (the default) or Postgres."),
    };
}
