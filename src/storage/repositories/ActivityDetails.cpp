#include "storage/repositories/ActivityDetails.h"

#include "storage/RegisterErrors.h"
#include "storage/repositories/ActivityClientScopes.h"
#include "storage/repositories/ActivityStatementParts.h"
#include "storage/repositories/ChildRows.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

using core::ProcessingActivity;

namespace {

constexpr ChildTable kPurposes{u"activity_purpose", u"activity_id", u"purpose"};
constexpr ChildTable kDataCategories{u"activity_data_category", u"activity_id", u"category"};
constexpr ChildTable kSubjectCategories{u"activity_data_subject_category", u"activity_id",
                                        u"category"};
constexpr ChildTable kRecipients{u"activity_recipient", u"activity_id", u"recipient"};
constexpr ChildTable kClients{u"activity_client", u"activity_id", u"client_id"};

void writeSpecialCategories(SqliteDatabase& db, const ProcessingActivity& activity)
{
    db.prepare(u"DELETE FROM activity_special_category WHERE activity_id = ?1")
        .bind(1, integer(activity.id))
        .run();
    // The table keeps an exception on the flagged category it is for, so one for a category
    // that is not flagged has no place; validation reports it before it gets here.
    for (auto it = activity.art9Exceptions.cbegin(); it != activity.art9Exceptions.cend(); ++it) {
        if (!activity.specialCategories.testFlag(it.key())) {
            throw DatabaseError(QStringLiteral("database error: an art. 9(2) exception for the "
                                               "category '%1', which is not flagged")
                                    .arg(core::enumCode(it.key())));
        }
    }
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO activity_special_category (activity_id, category, art9_exception)
        VALUES (?1, ?2, ?3)
    )sql");
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (!activity.specialCategories.testFlag(category)) {
            continue;
        }
        const auto exception = activity.art9Exceptions.constFind(category);
        insert.bind(1, integer(activity.id))
            .bind(2, core::enumCode(category))
            .bind(3, exception == activity.art9Exceptions.cend()
                         ? std::optional<QString>()
                         : std::optional<QString>(core::enumCode(*exception)))
            .run();
    }
}

void readSpecialCategories(const SqliteDatabase& db, ProcessingActivity& activity)
{
    SqliteStatement select = db.prepare(uR"sql(
        SELECT category, art9_exception FROM activity_special_category WHERE activity_id = ?1
    )sql");
    select.bind(1, integer(activity.id));
    while (select.step()) {
        const auto category = enumAt<core::SpecialCategory>(select, 0);
        activity.specialCategories |= category;
        if (const auto exception = optionalEnumAt<core::Art9Exception>(select, 1)) {
            activity.art9Exceptions.insert(category, *exception);
        }
    }
}

void writeStaffRoles(SqliteDatabase& db, const ProcessingActivity& activity)
{
    // The operations go with their roles (ON DELETE CASCADE).
    db.prepare(u"DELETE FROM activity_staff_role WHERE activity_id = ?1")
        .bind(1, integer(activity.id))
        .run();
    SqliteStatement role = db.prepare(uR"sql(
        INSERT INTO activity_staff_role (activity_id, position, role) VALUES (?1, ?2, ?3)
    )sql");
    SqliteStatement operation = db.prepare(uR"sql(
        INSERT INTO activity_staff_operation (activity_id, role_position, position, operation)
        VALUES (?1, ?2, ?3, ?4)
    )sql");
    for (qsizetype r = 0; r < activity.staffRoles.size(); ++r) {
        const core::StaffRole& staff = activity.staffRoles[r];
        role.bind(1, integer(activity.id)).bind(2, integer(r)).bind(3, notNull(staff.role)).run();
        for (qsizetype o = 0; o < staff.operations.size(); ++o) {
            operation.bind(1, integer(activity.id))
                .bind(2, integer(r))
                .bind(3, integer(o))
                .bind(4, notNull(staff.operations[o]))
                .run();
        }
    }
}

void readStaffRoles(const SqliteDatabase& db, ProcessingActivity& activity)
{
    SqliteStatement roles = db.prepare(uR"sql(
        SELECT role FROM activity_staff_role WHERE activity_id = ?1 ORDER BY position
    )sql");
    roles.bind(1, integer(activity.id));
    while (roles.step()) {
        activity.staffRoles << core::StaffRole{roles.text(0), {}};
    }
    SqliteStatement operations = db.prepare(uR"sql(
        SELECT role_position, operation FROM activity_staff_operation
        WHERE activity_id = ?1
        ORDER BY role_position, position
    )sql");
    operations.bind(1, integer(activity.id));
    while (operations.step()) {
        // Positions are 0..n-1 as written; the foreign key ties each operation to a role.
        const qint64 role = operations.integer(0);
        if (role >= 0 && role < activity.staffRoles.size()) {
            activity.staffRoles[role].operations << operations.text(1);
        }
    }
}

void writeTransfers(SqliteDatabase& db, const ProcessingActivity& activity)
{
    db.prepare(u"DELETE FROM activity_transfer WHERE activity_id = ?1")
        .bind(1, integer(activity.id))
        .run();
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO activity_transfer (activity_id, position, recipient, country, safeguard,
                                       safeguard_details)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    )sql");
    for (qsizetype i = 0; i < activity.transfers.size(); ++i) {
        const core::ThirdCountryTransfer& transfer = activity.transfers[i];
        insert.bind(1, integer(activity.id))
            .bind(2, integer(i))
            .bind(3, notNull(transfer.recipient))
            .bind(4, notNull(transfer.country))
            .bind(5, optionalCode(transfer.safeguard))
            .bind(6, notNull(transfer.safeguardDetails))
            .run();
    }
}

void readTransfers(const SqliteDatabase& db, ProcessingActivity& activity)
{
    SqliteStatement select = db.prepare(uR"sql(
        SELECT recipient, country, safeguard, safeguard_details FROM activity_transfer
        WHERE activity_id = ?1
        ORDER BY position
    )sql");
    select.bind(1, integer(activity.id));
    while (select.step()) {
        activity.transfers << core::ThirdCountryTransfer{
            select.text(0), select.text(1), optionalEnumAt<core::TransferSafeguard>(select, 2),
            select.text(3)};
    }
}

} // namespace

void writeActivityDetails(SqliteDatabase& db, const ProcessingActivity& activity)
{
    replaceTexts(db, kPurposes, activity.id, activity.purposes);
    replaceTexts(db, kDataCategories, activity.id, activity.dataCategories);
    replaceTexts(db, kSubjectCategories, activity.id, activity.dataSubjectCategories);
    replaceTexts(db, kRecipients, activity.id, activity.recipients);
    replaceIds(db, kClients, activity.id, activity.clientIds);
    writeClientScopes(db, activity);
    writeSpecialCategories(db, activity);
    writeStaffRoles(db, activity);
    writeTransfers(db, activity);
    writeActivityStatementParts(db, activity);
}

void readActivityDetails(const SqliteDatabase& db, ProcessingActivity& activity)
{
    activity.purposes = texts(db, kPurposes, activity.id);
    activity.dataCategories = texts(db, kDataCategories, activity.id);
    activity.dataSubjectCategories = texts(db, kSubjectCategories, activity.id);
    activity.recipients = texts(db, kRecipients, activity.id);
    activity.clientIds = ids(db, kClients, activity.id);
    readClientScopes(db, activity);
    readSpecialCategories(db, activity);
    readStaffRoles(db, activity);
    readTransfers(db, activity);
    readActivityStatementParts(db, activity);
}

} // namespace pr::storage::detail
