using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

/// <summary>Shingle sketches on articles for cheap near-duplicate screening; indexes for the feed-GUID and sighting-URL checks.</summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122141000_NearDuplicateSketch")]
public class NearDuplicateSketch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "ShingleCount", table: "Articles", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<byte[]>(name: "ShingleSketch", table: "Articles", type: "BLOB", nullable: true);
        // The composite (SourceId, FeedGuid) index also serves the foreign key, so EF no longer wants the single-column one.
        migrationBuilder.DropIndex(name: "IX_Articles_SourceId", table: "Articles");
        migrationBuilder.CreateIndex(name: "IX_Articles_SourceId_FeedGuid", table: "Articles", columns: ["SourceId", "FeedGuid"]);
        migrationBuilder.CreateIndex(name: "IX_ArticleSightings_Url", table: "ArticleSightings", column: "Url");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_ArticleSightings_Url", table: "ArticleSightings");
        migrationBuilder.DropIndex(name: "IX_Articles_SourceId_FeedGuid", table: "Articles");
        migrationBuilder.CreateIndex(name: "IX_Articles_SourceId", table: "Articles", column: "SourceId");
        migrationBuilder.DropColumn(name: "ShingleSketch", table: "Articles");
        migrationBuilder.DropColumn(name: "ShingleCount", table: "Articles");
    }
}
