using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

/// <summary>When an editor corrected an article's title, date or source: re-analysis keeps those fields as the editor left them.</summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122150000_ArticleEdits")]
public class ArticleEdits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>(name: "EditedUtc", table: "Articles", type: "TEXT", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "EditedUtc", table: "Articles");
}
