#include "storage/repositories/ActivityStatementParts.h"

#include "storage/RegisterErrors.h"
#include "storage/repositories/ChildRows.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

using core::ProcessingActivity;

namespace {

constexpr ChildTable kFurtherBases{u"activity_further_legal_basis", u"activity_id", u"basis"};

void writeAudiences(SqliteDatabase& db, const ProcessingActivity& activity)
{
    db.prepare(u"DELETE FROM activity_audience WHERE activity_id = ?1")
        .bind(1, integer(activity.id))
        .run();
    SqliteStatement insert =
        db.prepare(u"INSERT INTO activity_audience (activity_id, audience) VALUES (?1, ?2)");
    for (const core::StatementAudience audience : core::enumValues<core::StatementAudience>()) {
        if (activity.audiences.testFlag(audience)) {
            insert.bind(1, integer(activity.id)).bind(2, core::enumCode(audience)).run();
        }
    }
}

void writeNationalGrounds(SqliteDatabase& db, const ProcessingActivity& activity)
{
    // The rows of the special categories were just written with an empty ground.
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE activity_special_category SET national_ground = ?3
        WHERE activity_id = ?1 AND category = ?2
    )sql");
    for (auto it = activity.nationalGrounds.cbegin(); it != activity.nationalGrounds.cend(); ++it) {
        if (!activity.specialCategories.testFlag(it.key())) {
            throw DatabaseError(QStringLiteral("database error: a national-law ground for the "
                                               "category '%1', which is not flagged")
                                    .arg(core::enumCode(it.key())));
        }
        update.bind(1, integer(activity.id))
            .bind(2, core::enumCode(it.key()))
            .bind(3, notNull(it.value()))
            .run();
    }
}

} // namespace

void writeActivityStatementParts(SqliteDatabase& db, const ProcessingActivity& activity)
{
    writeAudiences(db, activity);
    QStringList bases;
    for (const core::LegalBasis basis : activity.furtherLegalBases) {
        bases << core::enumCode(basis);
    }
    replaceTexts(db, kFurtherBases, activity.id, bases);
    writeNationalGrounds(db, activity);
}

void readActivityStatementParts(const SqliteDatabase& db, ProcessingActivity& activity)
{
    SqliteStatement audiences =
        db.prepare(u"SELECT audience FROM activity_audience WHERE activity_id = ?1");
    audiences.bind(1, integer(activity.id));
    while (audiences.step()) {
        activity.audiences |= enumAt<core::StatementAudience>(audiences, 0);
    }
    for (const QString& code : texts(db, kFurtherBases, activity.id)) {
        if (const auto basis = core::enumFromCode<core::LegalBasis>(code)) {
            activity.furtherLegalBases << *basis;
        }
    }
    SqliteStatement grounds = db.prepare(uR"sql(
        SELECT category, national_ground FROM activity_special_category
        WHERE activity_id = ?1 AND national_ground <> ''
    )sql");
    grounds.bind(1, integer(activity.id));
    while (grounds.step()) {
        activity.nationalGrounds.insert(enumAt<core::SpecialCategory>(grounds, 0), grounds.text(1));
    }
}

} // namespace pr::storage::detail
