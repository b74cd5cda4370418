using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// The store's change number, which other instances read to know their caches are stale: it moves after a save that
/// wrote (once committed, never before), not after a save with nothing to write or a rolled-back transaction.
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class StoreGenerationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public StoreGenerationTests()
    {
        using var db = _database.CreateContext();
        db.Database.Migrate();
    }

    public void Dispose() => _database.Dispose();

    private async Task<long> GenerationAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.OpenConnectionAsync();
        return await StoreGenerationBump.ReadAsync(db.Database.GetDbConnection(), default);
    }

    private static Source NewSource(string name) =>
        new() { Name = name, Url = $"https://{name}.example/feed", Kind = SourceKind.Feed, CreatedUtc = DateTime.UtcNow };

    [Fact]
    public async Task A_save_moves_it_and_a_save_with_nothing_to_write_does_not()
    {
        var start = await GenerationAsync();
        await using var db = _database.CreateContext();
        db.Sources.Add(NewSource("first"));
        await db.SaveChangesAsync();
        Assert.Equal(start + 1, await GenerationAsync());
        db.SaveChanges(); // nothing changed
        Assert.Equal(start + 1, await GenerationAsync());
        db.Sources.Add(NewSource("second"));
        db.SaveChanges();
        Assert.Equal(start + 2, await GenerationAsync());
    }

    [Fact]
    public async Task Inside_a_transaction_it_moves_at_the_commit_and_never_for_a_rollback()
    {
        var start = await GenerationAsync();
        await using var db = _database.CreateContext();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Sources.Add(NewSource("kept"));
            await db.SaveChangesAsync();
            db.Sources.Add(NewSource("kept-too"));
            await db.SaveChangesAsync();
            Assert.Equal(start, await GenerationAsync()); // not yet visible to others: nothing to notice
            await tx.CommitAsync();
        }
        Assert.Equal(start + 1, await GenerationAsync());

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Sources.Add(NewSource("dropped"));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        Assert.Equal(start + 1, await GenerationAsync());
        Assert.Equal(2, await db.Sources.CountAsync(s => s.Name.StartsWith("kept")));
    }
}
