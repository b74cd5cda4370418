using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Statement search on PostgreSQL, the counterpart of SQLite's FTS5 tables (outside the EF model, like them):
    /// <list type="bullet">
    /// <item>"SearchWords", a stored generated tsvector over Text and SpeakerText, folded the way FTS5's unicode61
    /// tokenizer folds (lower case, accents removed, every run of non-alphanumerics a word break), with a GIN index;</item>
    /// <item>trigram GIN indexes on Text and SpeakerText, so ILIKE '%이재명%' finds 이재명은 inside a word.</item>
    /// </list>
    /// Needs a database with a UTF-8 locale (pg_trgm and [[:alnum:]] take Hangul as letters only there).
    /// </summary>
    public partial class StatementSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // IMMUTABLE so it may feed a generated column; the SQL-standard body binds unaccent's dictionary when the
            // function is created, not through the search_path of whoever inserts a row.
            migrationBuilder.Sql("""
                CREATE FUNCTION "dt_search_words"(input text) RETURNS text
                    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    RETURN regexp_replace(lower(unaccent('unaccent'::regdictionary, input)), '[^[:alnum:]]+', ' ', 'g');
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Statements" ADD COLUMN "SearchWords" tsvector GENERATED ALWAYS AS (
                    to_tsvector('simple'::regconfig, "dt_search_words"("Text"))
                    || to_tsvector('simple'::regconfig, coalesce("dt_search_words"("SpeakerText"), ''))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_SearchWords" ON "Statements" USING gin ("SearchWords");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_Text_trgm" ON "Statements" USING gin ("Text" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_SpeakerText_trgm" ON "Statements" USING gin ("SpeakerText" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Statements_SpeakerText_trgm";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Statements_Text_trgm";""");
            migrationBuilder.Sql("""ALTER TABLE "Statements" DROP COLUMN IF EXISTS "SearchWords";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "dt_search_words"(text);""");
        }
    }
}
