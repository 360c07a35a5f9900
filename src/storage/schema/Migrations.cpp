#include "storage/schema/Migrations.h"

#include "storage/RegisterErrors.h"
#include "storage/schema/Migration10.h"
#include "storage/schema/Migration11.h"
#include "storage/schema/Migration12.h"
#include "storage/schema/Migration13.h"
#include "storage/schema/Migration14.h"
#include "storage/schema/Migration2.h"
#include "storage/schema/Migration3.h"
#include "storage/schema/Migration4.h"
#include "storage/schema/Migration5.h"
#include "storage/schema/Migration6.h"
#include "storage/schema/Migration7.h"
#include "storage/schema/Migration8.h"
#include "storage/schema/Migration9.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <spdlog/spdlog.h>

namespace pr::storage {

namespace {
void createFoundation(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE organisation (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            legal_name TEXT NOT NULL CHECK (length(trim(legal_name)) > 0)
        );
    )sql");
}
} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, "meta and organisation", createFoundation},
        {2, "the register's content and the audit trail", applyMigration2},
        {3, "the firm's signing certificate", applyMigration3},
        {4, "the agreement's sending date and paper signature", applyMigration4},
        {5, "audit values behind salted digests, so that they can be redacted", applyMigration5},
        {6, "the PDF the firm signed, kept with the agreement", applyMigration6},
        {7, "what a processor activity touches per client", applyMigration7},
        {8, "what a DPA said when it was signed", applyMigration8},
        {9, "the client's privacy contact and the notices of sub-processor changes",
         applyMigration9},
        {10, "the facts the letters to data subjects state", applyMigration10},
        {11, "privacy statements per audience, cookies and further legal grounds",
         applyMigration11},
        {12,
         "the DPA's main agreement, liability caps and insurance; planned measures' dates; "
         "transfer impact assessments",
         applyMigration12},
        {13, "the English versions of the register's texts", applyMigration13},
        {14, "what the AP's breach notification form asks", applyMigration14},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

void Migrations::migrate(SqliteDatabase& db, const QString& path, int target)
{
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw DamagedFileError(DamagedFileError::Reason::UnsupportedVersion, path,
                               QStringLiteral("schema %1").arg(current));
    }
    for (const Migration& migration : all()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        db.exec(u"BEGIN IMMEDIATE");
        try {
            migration.apply(db);
            db.setUserVersion(migration.version);
            db.exec(u"COMMIT");
        } catch (...) {
            db.exec(u"ROLLBACK");
            throw;
        }
        spdlog::info("schema migrated to version {} ({})", migration.version,
                     migration.description);
    }
}

} // namespace pr::storage
