using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DiplomacyTracker.Data;

/// <summary>
/// The store: articles, actors, statements, summits, sources, the editors' identity tables, and the Data Protection
/// keys that instances sharing a PostgreSQL store also share (so a sign-in on one is valid on all).
/// </summary>
public class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : IdentityDbContext<Editor>(options), IDataProtectionKeyContext
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleSighting> ArticleSightings => Set<ArticleSighting>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Summit> Summits => Set<Summit>();
    public DbSet<SummitParticipant> SummitParticipants => Set<SummitParticipant>();
    public DbSet<SummitEvidence> SummitEvidence => Set<SummitEvidence>();
    public DbSet<SummitEvidenceRejection> SummitEvidenceRejections => Set<SummitEvidenceRejection>();
    public DbSet<EditRecord> EditRecords => Set<EditRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<StoreGeneration> StoreGenerations => Set<StoreGeneration>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // One model for both providers: every DateTime is an instant in UTC. SQLite has no instant type and stores it as
        // UTC text; PostgreSQL stores it as timestamptz, which Npgsql accepts only with Kind=Utc. The converter makes
        // Local/Unspecified values UTC on the way in and marks values read back as UTC on both.
        // PostgreSQL keeps microseconds: StoredInstants.FromPostgres restores the last tick of a period's end.
        if (Database.IsNpgsql())
        {
            builder.Properties<DateTime>().HaveConversion<PostgresUtcDateTimeConverter>();
            builder.Properties<DateTime?>().HaveConversion<PostgresUtcDateTimeConverter>();
            return;
        }
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // Statement search on PostgreSQL (the StatementSearch migration): trigram indexes and accent folding.
        if (Database.IsNpgsql())
            b.HasPostgresExtension("pg_trgm").HasPostgresExtension("unaccent");

        b.Entity<Source>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.Url).IsUnique();
            e.HasIndex(x => x.NextCheckUtc);
        });

        b.Entity<FeedItem>(e =>
        {
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.SourceId, x.Guid }).IsUnique();
            e.HasIndex(x => x.NormalizedUrl);
            e.HasIndex(x => new { x.State, x.NextAttemptUtc });
            e.HasOne(x => x.Source).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Article).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<Article>(e =>
        {
            e.Ignore(x => x.Published);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PublishedPrecision).HasConversion<string>().HasMaxLength(8);
            e.HasIndex(x => x.NormalizedUrl).IsUnique();
            e.HasIndex(x => x.CanonicalUrl);
            e.HasIndex(x => x.ContentHash);
            e.HasIndex(x => x.PublishedUtc);
            e.HasIndex(x => x.FetchedUtc);
            e.HasIndex(x => new { x.SourceId, x.FeedGuid });
            e.HasOne(x => x.Source).WithMany(s => s.Articles).OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<ArticleSighting>(e =>
        {
            e.HasIndex(x => x.ArticleId);
            e.HasIndex(x => x.Url);
            e.HasOne(x => x.Article).WithMany(a => a.Sightings).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Source).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<Actor>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Review).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => x.ReferenceId).IsUnique();
            e.HasIndex(x => x.Name);
            e.HasOne(x => x.MergedInto).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<ActorAlias>(e =>
        {
            e.HasIndex(x => x.Normalized);
            e.HasIndex(x => new { x.ActorId, x.Normalized }).IsUnique();
            e.HasOne(x => x.Actor).WithMany(a => a.Aliases).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ActorRole>(e => e.HasOne(x => x.Actor).WithMany(a => a.Roles).OnDelete(DeleteBehavior.Cascade));

        b.Entity<Statement>(e =>
        {
            e.Ignore(x => x.SaidOn);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SaidPrecision).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Review).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.SpeakerId, x.SaidUtc });
            e.HasIndex(x => x.SaidUtc);
            e.HasIndex(x => x.ArticleId);
            e.HasOne(x => x.Article).WithMany(a => a.Statements).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Speaker).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.Property(x => x.EnteredByEditor).HasDefaultValue(false); // a column added to existing stores
        });

        b.Entity<Summit>(e =>
        {
            e.Ignore(x => x.Start);
            e.Ignore(x => x.End);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.StartPrecision).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.EndPrecision).HasConversion<string>().HasMaxLength(8);
            e.HasIndex(x => x.ReferenceId).IsUnique();
            e.HasIndex(x => x.StartUtc);
            e.Property(x => x.EnteredByEditor).HasDefaultValue(false);
        });

        b.Entity<SummitParticipant>(e =>
        {
            e.HasKey(x => new { x.SummitId, x.ActorId });
            e.HasIndex(x => x.ActorId);
            e.HasOne(x => x.Summit).WithMany(s => s.Participants).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Actor).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<SummitEvidence>(e =>
        {
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.SummitId);
            e.HasIndex(x => x.ArticleId);
            e.HasOne(x => x.Summit).WithMany(s => s.Evidence).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.EnteredByEditor).HasDefaultValue(false);
            e.Property(x => x.ReportedPrecision).HasConversion<string>().HasMaxLength(8);
        });

        b.Entity<SummitEvidenceRejection>(e =>
        {
            e.HasIndex(x => new { x.ArticleId, x.SummitId }).IsUnique();
            e.HasIndex(x => x.SummitId);
            e.HasOne(x => x.Summit).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<EditRecord>(e => e.HasIndex(x => new { x.EntityType, x.EntityId }));

        b.Entity<StoreGeneration>(e => e.Property(x => x.Id).ValueGeneratedNever());
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class PostgresUtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => StoredInstants.FromPostgres(v));
}
