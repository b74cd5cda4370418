using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacyTracker.Migrations.Postgres;

/// <summary>
/// How `dotnet ef` builds the context for PostgreSQL migrations, without the app's configuration or a server:
/// migrations add and has-pending-model-changes only compare the model; `database update` uses
/// ConnectionStrings__Tracker when set.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Tracker") is { Length: > 0 } cs
            ? cs
            : "Host=localhost;Database=diplomacy_tracker_design";
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, new StoreSettings(StoreProvider.Postgres, connectionString));
        return new TrackerDbContext(options.Options);
    }
}
