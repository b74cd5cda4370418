using DiplomacyTracker.Data;
using DiplomacyTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// A real SQLite file in a temp folder, deleted when the test ends; on the PostgreSQL pass (<see cref="TestStore"/>)
/// a fresh PostgreSQL database instead, unless the test is about SQLite itself (<paramref name="sqliteOnly"/>).
/// </summary>
public sealed class TestDatabase(bool sqliteOnly = false) : IDisposable
{
    private readonly PostgresTestDatabase? _postgres = !sqliteOnly && TestStore.IsPostgres ? new PostgresTestDatabase() : null;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("dt-db-").FullName;
    public string Path => System.IO.Path.Combine(Directory, "tracker.db");
    public string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={Path};Pooling=False";
    public StoreSettings Settings => _postgres?.Settings ?? new StoreSettings(StoreProvider.Sqlite, ConnectionString);

    public TrackerDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, Settings);
        return new TrackerDbContext(options.Options);
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
