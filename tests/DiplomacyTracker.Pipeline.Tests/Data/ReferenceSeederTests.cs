using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Reference;
using Microsoft.EntityFrameworkCore;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Tests.Data;

[Trait(TestStore.Trait, TestStore.Both)]
public class ReferenceSeederTests
{
    private static ReferenceActorsFile Actors(params ReferenceActor[] actors) => new(1, actors);

    private static ReferenceActor Lee(string description = "President") => new(
        "kr-lee-jae-myung", "Lee Jae Myung", "person", "KR", "Lee", description,
        ["Lee Jae-myung", "이재명"], [new ReferenceRole("President of South Korea", "Republic of Korea", "2025-06-04", null)]);

    private static ReferenceActor Kang() => new(
        "kr-kang-kyung-wha", "Kang Kyung-wha", "person", "KR", "Kang", null, ["강경화"], []);

    private static readonly ReferenceSummitsFile NoSummits = new(1, []);

    [Fact]
    public async Task First_start_loads_actors_with_aliases_and_roles()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        var result = await new ReferenceSeeder(db, TimeProvider.System).SeedAsync(Actors(Lee()), NoSummits);

        Assert.Equal(1, result.Added);
        var lee = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).SingleAsync();
        Assert.Equal("lee-jae-myung", lee.Slug);
        Assert.Contains(lee.Aliases, a => a.Text == "이재명");
        Assert.Contains(lee.Aliases, a => a.Normalized == "lee jae myung");
        Assert.Equal(new DateOnly(2025, 6, 4), Assert.Single(lee.Roles).FromDate);
    }

    [Fact]
    public async Task Upgrade_updates_untouched_actors_but_keeps_edited_and_merged_ones()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            await new ReferenceSeeder(db, TimeProvider.System).SeedAsync(Actors(Lee(), Kang()), NoSummits);
            var lee = await db.Actors.SingleAsync(a => a.ReferenceId == "kr-lee-jae-myung");
            lee.Description = "Edited by an editor";
            lee.EditedUtc = DateTime.UtcNow;
            var discovered = new Actor { Name = "Kang", Slug = "kang", Origin = ActorOrigin.Discovered, CreatedUtc = DateTime.UtcNow };
            db.Actors.Add(discovered);
            await db.SaveChangesAsync();
            var kang = await db.Actors.SingleAsync(a => a.ReferenceId == "kr-kang-kyung-wha");
            kang.MergedIntoId = discovered.Id; // an editor merged the reference entry into the discovered one
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var result = await new ReferenceSeeder(db, TimeProvider.System).SeedAsync(Actors(Lee("New upstream text"), Kang()), NoSummits);
            Assert.Equal(0, result.Added);
            Assert.Equal(2, result.Kept);
            var lee = await db.Actors.SingleAsync(a => a.ReferenceId == "kr-lee-jae-myung");
            Assert.Equal("Edited by an editor", lee.Description);
            Assert.Equal(3, await db.Actors.CountAsync());
            Assert.NotNull((await db.Actors.SingleAsync(a => a.ReferenceId == "kr-kang-kyung-wha")).MergedIntoId);
        }
    }

    [Fact]
    public async Task Embedded_reference_loads_and_seeding_twice_adds_nothing()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        var first = await new ReferenceSeeder(db, TimeProvider.System).SeedAsync();
        var second = await new ReferenceSeeder(db, TimeProvider.System).SeedAsync();

        Assert.True(first.Added > 0);
        Assert.Equal(0, second.Added);
        Assert.Equal(0, second.Updated);
        Assert.Equal(await db.Actors.CountAsync(), ReferenceDataLoader.LoadActors().Actors.Count);
        var summit = await db.Summits.Include(s => s.Participants).FirstAsync();
        Assert.NotEmpty(summit.Participants);
        Assert.NotNull(summit.StartUtc);
    }
}
