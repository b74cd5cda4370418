using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SummitReportPrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportedPrecision",
                table: "SummitEvidence",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportedPrecision",
                table: "SummitEvidence");
        }
    }
}
