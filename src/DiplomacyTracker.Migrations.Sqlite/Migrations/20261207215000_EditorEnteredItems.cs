using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EditorEnteredItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EnteredByEditor",
                table: "Summits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EnteredByEditor",
                table: "SummitEvidence",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EnteredByEditor",
                table: "Statements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnteredByEditor",
                table: "Summits");

            migrationBuilder.DropColumn(
                name: "EnteredByEditor",
                table: "SummitEvidence");

            migrationBuilder.DropColumn(
                name: "EnteredByEditor",
                table: "Statements");
        }
    }
}
