using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

/// <summary>Evidence an editor unlinked from a summit stays unlinked through re-analysis: one row per (article, summit).</summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122160000_SummitEvidenceRejections")]
public class SummitEvidenceRejections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SummitEvidenceRejections",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SummitId = table.Column<int>(type: "INTEGER", nullable: false),
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SummitEvidenceRejections", x => x.Id);
                table.ForeignKey("FK_SummitEvidenceRejections_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SummitEvidenceRejections_Summits_SummitId", x => x.SummitId, "Summits", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SummitEvidenceRejections_ArticleId_SummitId", table: "SummitEvidenceRejections",
            columns: ["ArticleId", "SummitId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_SummitEvidenceRejections_SummitId", table: "SummitEvidenceRejections", column: "SummitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "SummitEvidenceRejections");
}
