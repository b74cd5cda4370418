using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>A clock that says what the test says (no wall-clock in assertions).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// The app on its own store with "now" fixed at 1 March 2026 and a small, known desk: one article with two statements
/// (Lee Jae Myung, Donald Trump, 29 Oct 2025), a held summit with evidence from that article, a planned summit whose
/// day is past (overdue), a planned one still ahead, and one known only to its month.
/// </summary>
public class DeskFixture : TrackerWebFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public int ArticleId { get; private set; }
    public List<int> StatementIds { get; private set; } = [];
    public int HeldId { get; private set; }
    public int OverdueId { get; private set; }
    public int AheadId { get; private set; }
    public int MonthOnlyId { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    public virtual async Task InitializeAsync()
    {
        _ = Server;
        (ArticleId, StatementIds) = await WithDbAsync(db => StoreSeed.ArticleAsync(db, "Lee and Trump meet in Gyeongju", StoreSeed.Day(2025, 10, 29),
            new StoreSeed.Quote("lee-jae-myung", "We will open a new chapter of peace on the Korean Peninsula.", StoreSeed.Day(2025, 10, 29)),
            new StoreSeed.Quote("donald-trump", "Trump said the Gyeongju talks were a great success.", StoreSeed.Day(2025, 10, 29))));
        await WithDbAsync(async db =>
        {
            var lee = await db.Actors.FirstAsync(a => a.Slug == "lee-jae-myung");
            var trump = await db.Actors.FirstAsync(a => a.Slug == "donald-trump");
            var kim = await db.Actors.FirstAsync(a => a.Slug == "kim-jong-un");
            Summit Make(string title, SummitStatus status, FuzzyDate start, params Actor[] who)
            {
                var s = new Summit { Title = title, Status = status, Start = start, End = start, Location = "Gyeongju", CreatedUtc = Now.UtcDateTime, UpdatedUtc = Now.UtcDateTime };
                s.Participants.AddRange(who.Select(a => new SummitParticipant { ActorId = a.Id }));
                db.Summits.Add(s);
                return s;
            }
            var held = Make("Desk test: Lee–Trump summit in Gyeongju", SummitStatus.Held, StoreSeed.Day(2025, 10, 29), lee, trump);
            held.Evidence.Add(new SummitEvidence { ArticleId = ArticleId, Status = SummitStatus.Held, Excerpt = "Lee and Trump met in Gyeongju.", ReportedUtc = new DateTime(2025, 10, 29, 3, 0, 0, DateTimeKind.Utc), CreatedUtc = DateTime.UtcNow });
            var overdue = Make("Desk test: Lee–Kim summit, still planned", SummitStatus.Planned, StoreSeed.Day(2025, 12, 15), lee, kim);
            var ahead = Make("Desk test: Lee–Trump summit ahead", SummitStatus.Planned, StoreSeed.Day(2026, 6, 10), lee, trump);
            var month = Make("Desk test: month-only summit", SummitStatus.Planned, FuzzyDate.FromMonth(2026, 9, FuzzyDate.Seoul), lee, trump);
            await db.SaveChangesAsync();
            (HeldId, OverdueId, AheadId, MonthOnlyId) = (held.Id, overdue.Id, ahead.Id, month.Id);
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
