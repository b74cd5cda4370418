using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// A model change without a migration fails here, for each provider: what `dotnet ef migrations
/// has-pending-model-changes` checks (the model against that provider's snapshot), without a server or the tool.
/// Fix it with the two `dotnet ef migrations add` commands in docs/architecture.md ("Schema changes").
/// </summary>
public class PendingModelChangesTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(StoreProvider.Postgres, "Host=localhost;Database=unused")]
    public void Every_model_change_has_a_migration(StoreProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, new StoreSettings(provider, connectionString));
        using var db = new TrackerDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration: run the `dotnet ef migrations add` commands in docs/architecture.md (\"Schema changes\").");
    }
}
