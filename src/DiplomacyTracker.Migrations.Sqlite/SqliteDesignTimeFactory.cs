using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacyTracker.Migrations.Sqlite;

/// <summary>
/// How `dotnet ef` builds the context for SQLite migrations, without the app's configuration. Commands that only
/// compare the model (migrations add, has-pending-model-changes) never open the file; `database update` uses
/// ConnectionStrings__Tracker when set.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Tracker") is { Length: > 0 } cs
            ? cs
            : "Data Source=design-time.db";
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, new StoreSettings(StoreProvider.Sqlite, connectionString));
        return new TrackerDbContext(options.Options);
    }
}
