using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Statement search lists newest first with undated statements last, as SQLite does (ORDER BY "SaidUtc" DESC NULLS
    /// LAST, "Id" DESC). Indexes in exactly that order let PostgreSQL walk the dates and stop after one page for common
    /// words and short Hangul pieces instead of reading and sorting every match; the second serves speaker searches.
    /// </summary>
    public partial class StatementDateOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_SaidUtc_Newest" ON "Statements" ("SaidUtc" DESC NULLS LAST, "Id" DESC);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_SpeakerId_SaidUtc_Newest" ON "Statements" ("SpeakerId", "SaidUtc" DESC NULLS LAST, "Id" DESC);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Statements_SpeakerId_SaidUtc_Newest";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Statements_SaidUtc_Newest";""");
        }
    }
}
