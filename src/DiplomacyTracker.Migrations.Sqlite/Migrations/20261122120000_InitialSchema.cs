using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

/// <summary>The first schema: sources, feed items, articles, actors, statements, summits, edits, and the editors' identity tables.</summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122120000_InitialSchema")]
public partial class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(TrackerTables);
        migrationBuilder.Sql(IdentityTables);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "SummitEvidence", "SummitParticipants", "Statements", "FeedItems", "ArticleSightings", "Articles",
            "ActorRoles", "ActorAliases", "Summits", "Sources", "EditRecords", "Actors",
            "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims", "AspNetRoleClaims",
            "AspNetUsers", "AspNetRoles",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
