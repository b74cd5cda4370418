namespace DiplomacyTracker.Migrations.Sqlite.Migrations;

// The DDL of the first schema, written out as SQLite executes it. Later migrations change it with MigrationBuilder calls.
public partial class InitialSchema
{
    private const string TrackerTables = """
        CREATE TABLE "Actors" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Actors" PRIMARY KEY AUTOINCREMENT,
            "ReferenceId" TEXT NULL,
            "Name" TEXT NOT NULL,
            "Slug" TEXT NOT NULL,
            "Country" TEXT NULL,
            "Kind" TEXT NOT NULL,
            "Surname" TEXT NULL,
            "Description" TEXT NULL,
            "Origin" TEXT NOT NULL,
            "Review" TEXT NOT NULL,
            "MergedIntoId" INTEGER NULL,
            "EditedUtc" TEXT NULL,
            "CreatedUtc" TEXT NOT NULL,
            CONSTRAINT "FK_Actors_Actors_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Actors" ("Id") ON DELETE SET NULL
        );

        CREATE TABLE "EditRecords" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_EditRecords" PRIMARY KEY AUTOINCREMENT,
            "EntityType" TEXT NOT NULL,
            "EntityId" INTEGER NOT NULL,
            "Action" TEXT NOT NULL,
            "Before" TEXT NULL,
            "After" TEXT NULL,
            "Editor" TEXT NOT NULL,
            "AtUtc" TEXT NOT NULL
        );

        CREATE TABLE "Sources" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
            "Name" TEXT NOT NULL,
            "Url" TEXT NOT NULL,
            "Kind" TEXT NOT NULL,
            "LinkSelector" TEXT NULL,
            "ContentSelector" TEXT NULL,
            "TimeZone" TEXT NOT NULL,
            "IntervalMinutes" INTEGER NOT NULL,
            "IsPaused" INTEGER NOT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "NextCheckUtc" TEXT NOT NULL,
            "LeaseOwner" TEXT NULL,
            "LeaseUntilUtc" TEXT NULL,
            "ScrapeRequestedUtc" TEXT NULL,
            "ETag" TEXT NULL,
            "LastModified" TEXT NULL,
            "LastAttemptUtc" TEXT NULL,
            "LastSuccessUtc" TEXT NULL,
            "LastError" TEXT NULL,
            "ConsecutiveFailures" INTEGER NOT NULL,
            "ItemsSeen" INTEGER NOT NULL,
            "ItemsNew" INTEGER NOT NULL,
            "ItemsDuplicate" INTEGER NOT NULL,
            "ItemsIrrelevant" INTEGER NOT NULL,
            "ItemsFailed" INTEGER NOT NULL
        );

        CREATE TABLE "Summits" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Summits" PRIMARY KEY AUTOINCREMENT,
            "ReferenceId" TEXT NULL,
            "Title" TEXT NOT NULL,
            "Kind" TEXT NULL,
            "StartUtc" TEXT NULL,
            "StartLatestUtc" TEXT NULL,
            "StartPrecision" TEXT NOT NULL,
            "EndUtc" TEXT NULL,
            "EndLatestUtc" TEXT NULL,
            "EndPrecision" TEXT NOT NULL,
            "OffsetMinutes" INTEGER NOT NULL,
            "Location" TEXT NULL,
            "Status" TEXT NOT NULL,
            "Outcome" TEXT NULL,
            "SourceCitation" TEXT NULL,
            "SourceUrl" TEXT NULL,
            "EditedUtc" TEXT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "UpdatedUtc" TEXT NOT NULL
        );

        CREATE TABLE "ActorAliases" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_ActorAliases" PRIMARY KEY AUTOINCREMENT,
            "ActorId" INTEGER NOT NULL,
            "Text" TEXT NOT NULL,
            "Normalized" TEXT NOT NULL,
            CONSTRAINT "FK_ActorAliases_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "ActorRoles" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_ActorRoles" PRIMARY KEY AUTOINCREMENT,
            "ActorId" INTEGER NOT NULL,
            "Title" TEXT NOT NULL,
            "Organisation" TEXT NULL,
            "FromDate" TEXT NULL,
            "ToDate" TEXT NULL,
            CONSTRAINT "FK_ActorRoles_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "Articles" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
            "Url" TEXT NULL,
            "NormalizedUrl" TEXT NULL,
            "CanonicalUrl" TEXT NULL,
            "Title" TEXT NOT NULL,
            "Byline" TEXT NULL,
            "SiteName" TEXT NULL,
            "Language" TEXT NULL,
            "LeadImageUrl" TEXT NULL,
            "PublishedUtc" TEXT NULL,
            "PublishedLatestUtc" TEXT NULL,
            "PublishedPrecision" TEXT NOT NULL,
            "PublishedOffsetMinutes" INTEGER NOT NULL,
            "FetchedUtc" TEXT NOT NULL,
            "Text" TEXT NOT NULL,
            "RawGzip" BLOB NULL,
            "RawContentType" TEXT NULL,
            "ContentHash" TEXT NOT NULL,
            "IsRelevant" INTEGER NOT NULL,
            "RelevanceScore" REAL NOT NULL,
            "RelevanceBorderline" INTEGER NOT NULL,
            "RelevanceOverridden" INTEGER NOT NULL,
            "Origin" TEXT NOT NULL,
            "SourceId" INTEGER NULL,
            "FeedGuid" TEXT NULL,
            "AnalyzedUtc" TEXT NULL,
            "AnalysisError" TEXT NULL,
            CONSTRAINT "FK_Articles_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE SET NULL
        );

        CREATE TABLE "SummitParticipants" (
            "SummitId" INTEGER NOT NULL,
            "ActorId" INTEGER NOT NULL,
            CONSTRAINT "PK_SummitParticipants" PRIMARY KEY ("SummitId", "ActorId"),
            CONSTRAINT "FK_SummitParticipants_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_SummitParticipants_Summits_SummitId" FOREIGN KEY ("SummitId") REFERENCES "Summits" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "ArticleSightings" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleSightings" PRIMARY KEY AUTOINCREMENT,
            "ArticleId" INTEGER NOT NULL,
            "SourceId" INTEGER NULL,
            "Url" TEXT NOT NULL,
            "Title" TEXT NULL,
            "Reason" TEXT NOT NULL,
            "SeenUtc" TEXT NOT NULL,
            CONSTRAINT "FK_ArticleSightings_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_ArticleSightings_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE SET NULL
        );

        CREATE TABLE "FeedItems" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_FeedItems" PRIMARY KEY AUTOINCREMENT,
            "SourceId" INTEGER NOT NULL,
            "Guid" TEXT NOT NULL,
            "Url" TEXT NOT NULL,
            "NormalizedUrl" TEXT NOT NULL,
            "Title" TEXT NULL,
            "Summary" TEXT NULL,
            "PublishedUtc" TEXT NULL,
            "State" TEXT NOT NULL,
            "Attempts" INTEGER NOT NULL,
            "LastError" TEXT NULL,
            "NextAttemptUtc" TEXT NULL,
            "FirstSeenUtc" TEXT NOT NULL,
            "LastAttemptUtc" TEXT NULL,
            "ArticleId" INTEGER NULL,
            CONSTRAINT "FK_FeedItems_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE SET NULL,
            CONSTRAINT "FK_FeedItems_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "Statements" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Statements" PRIMARY KEY AUTOINCREMENT,
            "ArticleId" INTEGER NOT NULL,
            "SpeakerId" INTEGER NULL,
            "SpeakerText" TEXT NULL,
            "Text" TEXT NOT NULL,
            "Kind" TEXT NOT NULL,
            "Cue" TEXT NOT NULL,
            "SaidUtc" TEXT NULL,
            "SaidLatestUtc" TEXT NULL,
            "SaidPrecision" TEXT NOT NULL,
            "SaidOffsetMinutes" INTEGER NOT NULL,
            "StartOffset" INTEGER NOT NULL,
            "EndOffset" INTEGER NOT NULL,
            "Confidence" REAL NOT NULL,
            "Review" TEXT NOT NULL,
            "EditedUtc" TEXT NULL,
            "CreatedUtc" TEXT NOT NULL,
            CONSTRAINT "FK_Statements_Actors_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "Actors" ("Id") ON DELETE SET NULL,
            CONSTRAINT "FK_Statements_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "SummitEvidence" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_SummitEvidence" PRIMARY KEY AUTOINCREMENT,
            "SummitId" INTEGER NOT NULL,
            "ArticleId" INTEGER NULL,
            "Status" TEXT NOT NULL,
            "Excerpt" TEXT NOT NULL,
            "StartOffset" INTEGER NOT NULL,
            "EndOffset" INTEGER NOT NULL,
            "ReportedUtc" TEXT NULL,
            "CreatedUtc" TEXT NOT NULL,
            CONSTRAINT "FK_SummitEvidence_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_SummitEvidence_Summits_SummitId" FOREIGN KEY ("SummitId") REFERENCES "Summits" ("Id") ON DELETE CASCADE
        );

        CREATE UNIQUE INDEX "IX_ActorAliases_ActorId_Normalized" ON "ActorAliases" ("ActorId", "Normalized");

        CREATE INDEX "IX_ActorAliases_Normalized" ON "ActorAliases" ("Normalized");

        CREATE INDEX "IX_ActorRoles_ActorId" ON "ActorRoles" ("ActorId");

        CREATE INDEX "IX_Actors_MergedIntoId" ON "Actors" ("MergedIntoId");

        CREATE INDEX "IX_Actors_Name" ON "Actors" ("Name");

        CREATE UNIQUE INDEX "IX_Actors_ReferenceId" ON "Actors" ("ReferenceId");

        CREATE UNIQUE INDEX "IX_Actors_Slug" ON "Actors" ("Slug");

        CREATE INDEX "IX_Articles_CanonicalUrl" ON "Articles" ("CanonicalUrl");

        CREATE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");

        CREATE INDEX "IX_Articles_FetchedUtc" ON "Articles" ("FetchedUtc");

        CREATE UNIQUE INDEX "IX_Articles_NormalizedUrl" ON "Articles" ("NormalizedUrl");

        CREATE INDEX "IX_Articles_PublishedUtc" ON "Articles" ("PublishedUtc");

        CREATE INDEX "IX_Articles_SourceId" ON "Articles" ("SourceId");

        CREATE INDEX "IX_ArticleSightings_ArticleId" ON "ArticleSightings" ("ArticleId");

        CREATE INDEX "IX_ArticleSightings_SourceId" ON "ArticleSightings" ("SourceId");

        CREATE INDEX "IX_EditRecords_EntityType_EntityId" ON "EditRecords" ("EntityType", "EntityId");

        CREATE INDEX "IX_FeedItems_ArticleId" ON "FeedItems" ("ArticleId");

        CREATE INDEX "IX_FeedItems_NormalizedUrl" ON "FeedItems" ("NormalizedUrl");

        CREATE UNIQUE INDEX "IX_FeedItems_SourceId_Guid" ON "FeedItems" ("SourceId", "Guid");

        CREATE INDEX "IX_FeedItems_State_NextAttemptUtc" ON "FeedItems" ("State", "NextAttemptUtc");

        CREATE INDEX "IX_Sources_NextCheckUtc" ON "Sources" ("NextCheckUtc");

        CREATE UNIQUE INDEX "IX_Sources_Url" ON "Sources" ("Url");

        CREATE INDEX "IX_Statements_ArticleId" ON "Statements" ("ArticleId");

        CREATE INDEX "IX_Statements_SaidUtc" ON "Statements" ("SaidUtc");

        CREATE INDEX "IX_Statements_SpeakerId_SaidUtc" ON "Statements" ("SpeakerId", "SaidUtc");

        CREATE INDEX "IX_SummitEvidence_ArticleId" ON "SummitEvidence" ("ArticleId");

        CREATE INDEX "IX_SummitEvidence_SummitId" ON "SummitEvidence" ("SummitId");

        CREATE INDEX "IX_SummitParticipants_ActorId" ON "SummitParticipants" ("ActorId");

        CREATE UNIQUE INDEX "IX_Summits_ReferenceId" ON "Summits" ("ReferenceId");

        CREATE INDEX "IX_Summits_StartUtc" ON "Summits" ("StartUtc");;
        """;

    private const string IdentityTables = """
        CREATE TABLE "AspNetRoles" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
            "Name" TEXT NULL,
            "NormalizedName" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL
        );

        CREATE TABLE "AspNetUsers" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
            "CreatedUtc" TEXT NOT NULL,
            "UserName" TEXT NULL,
            "NormalizedUserName" TEXT NULL,
            "Email" TEXT NULL,
            "NormalizedEmail" TEXT NULL,
            "EmailConfirmed" INTEGER NOT NULL,
            "PasswordHash" TEXT NULL,
            "SecurityStamp" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL,
            "PhoneNumber" TEXT NULL,
            "PhoneNumberConfirmed" INTEGER NOT NULL,
            "TwoFactorEnabled" INTEGER NOT NULL,
            "LockoutEnd" TEXT NULL,
            "LockoutEnabled" INTEGER NOT NULL,
            "AccessFailedCount" INTEGER NOT NULL
        );

        CREATE TABLE "AspNetRoleClaims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
            "RoleId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserClaims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
            "UserId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserLogins" (
            "LoginProvider" TEXT NOT NULL,
            "ProviderKey" TEXT NOT NULL,
            "ProviderDisplayName" TEXT NULL,
            "UserId" TEXT NOT NULL,
            CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
            CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserRoles" (
            "UserId" TEXT NOT NULL,
            "RoleId" TEXT NOT NULL,
            CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
            CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserTokens" (
            "UserId" TEXT NOT NULL,
            "LoginProvider" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            "Value" TEXT NULL,
            CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
            CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

        CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

        CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

        CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

        CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

        CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

        CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
        """;
}
