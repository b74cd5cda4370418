using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The switch from hand-written migrations to `dotnet ef`: changes nothing in the database. The five migrations
    /// before it (written by hand, kept as they were so existing stores stay on their history) build exactly the
    /// schema this migration's target model and the model snapshot describe; from here on, every schema change is a
    /// `dotnet ef migrations add` against that snapshot.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
