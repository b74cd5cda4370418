using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

/// <summary>
/// Full-text search over statements: an FTS5 word index (unicode61, diacritics folded) and a trigram index
/// (so Hangul names match inside words carrying particles: 이재명 in 이재명은), both external-content tables
/// over Statements.Text and Statements.SpeakerText, kept in sync by triggers.
/// </summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122130000_StatementSearch")]
public partial class StatementSearch : Migration
{
    private static readonly string[] Indexes = ["StatementsFts", "StatementsTrigram"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "StatementsFts" USING fts5("Text", "SpeakerText", content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "StatementsTrigram" USING fts5("Text", "SpeakerText", content='Statements', content_rowid='Id', tokenize='trigram');
            """);
        migrationBuilder.Sql(Trigger("AFTER INSERT", "Statements_search_ai", Insert("new")));
        migrationBuilder.Sql(Trigger("AFTER DELETE", "Statements_search_ad", Delete("old")));
        migrationBuilder.Sql(Trigger("AFTER UPDATE OF \"Text\", \"SpeakerText\"", "Statements_search_au", Delete("old") + Insert("new")));
        foreach (var index in Indexes)
            migrationBuilder.Sql($"INSERT INTO \"{index}\"(\"{index}\") VALUES('rebuild');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[] { "Statements_search_ai", "Statements_search_ad", "Statements_search_au" })
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        foreach (var index in Indexes)
            migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{index}\";");
    }

    private static string Trigger(string when, string name, string body) =>
        $"CREATE TRIGGER \"{name}\" {when} ON \"Statements\" BEGIN\n{body}END;";

    private static string Insert(string row) => string.Concat(Indexes.Select(index =>
        $"  INSERT INTO \"{index}\"(rowid, \"Text\", \"SpeakerText\") VALUES ({row}.\"Id\", {row}.\"Text\", {row}.\"SpeakerText\");\n"));

    private static string Delete(string row) => string.Concat(Indexes.Select(index =>
        $"  INSERT INTO \"{index}\"(\"{index}\", rowid, \"Text\", \"SpeakerText\") VALUES ('delete', {row}.\"Id\", {row}.\"Text\", {row}.\"SpeakerText\");\n"));
}
