using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>A real SQLite file in a temp folder, deleted when the test ends.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dt-db-").FullName;
        Path = System.IO.Path.Combine(Directory, "tracker.db");
        ConnectionString = $"Data Source={Path};Pooling=False";
    }

    public string Directory { get; }
    public string Path { get; }
    public string ConnectionString { get; }

    public TrackerDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, ConnectionString);
        return new TrackerDbContext(options.Options);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
