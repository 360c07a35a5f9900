#include "storage/repositories/BreachRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/BreachReportParts.h"
#include "storage/repositories/ChildRows.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::Breach;
using core::EntityKind;
using namespace detail;

namespace {

constexpr ChildTable kDataCategories{u"breach_data_category", u"breach_id", u"category"};
constexpr ChildTable kSubjectCategories{u"breach_data_subject_category", u"breach_id", u"category"};

QString selectBreaches(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, reference, discovered_at, description, approx_subject_count,
               approx_record_count, likely_consequences, measures_taken, ap_notified,
               ap_not_notified_reason, ap_reference, subjects_informed, subjects_informed_date,
               subjects_not_informed_reason, client_id, client_notified_at
        FROM breach
    )sql");
    return sql.append(rest);
}

QList<core::ApNotification> notificationsOf(const SqliteDatabase& db, qint64 breachId)
{
    SqliteStatement select = db.prepare(uR"sql(
        SELECT phase, sent_at, summary, final FROM breach_ap_notification
        WHERE breach_id = ?1
        ORDER BY position
    )sql");
    select.bind(1, integer(breachId));
    QList<core::ApNotification> notifications;
    while (select.step()) {
        notifications << core::ApNotification{enumAt<core::NotificationPhase>(select, 0),
                                              instantAt(select, 1), select.text(2),
                                              select.integer(3) != 0};
    }
    return notifications;
}

void writeNotifications(SqliteDatabase& db, const Breach& breach)
{
    db.prepare(u"DELETE FROM breach_ap_notification WHERE breach_id = ?1")
        .bind(1, integer(breach.id))
        .run();
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO breach_ap_notification (breach_id, position, phase, sent_at, summary, final)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    )sql");
    for (qsizetype i = 0; i < breach.apNotifications.size(); ++i) {
        const core::ApNotification& notification = breach.apNotifications[i];
        insert.bind(1, integer(breach.id))
            .bind(2, integer(i))
            .bind(3, core::enumCode(notification.phase))
            .bind(4, instant(notification.at))
            .bind(5, notNull(notification.summary))
            .bind(6, notification.final)
            .run();
    }
}

void writeLists(SqliteDatabase& db, const Breach& breach)
{
    replaceTexts(db, kDataCategories, breach.id, breach.dataCategories);
    replaceTexts(db, kSubjectCategories, breach.id, breach.dataSubjectCategories);
    writeNotifications(db, breach);
    writeBreachReportParts(db, breach);
}

Breach breachFrom(const SqliteDatabase& db, const SqliteStatement& row)
{
    Breach breach;
    breach.id = row.integer(0);
    breach.reference = row.text(1);
    breach.discoveredAt = instantAt(row, 2);
    breach.description = row.text(3);
    breach.approxSubjectCount = optionalIntegerAt(row, 4);
    breach.approxRecordCount = optionalIntegerAt(row, 5);
    breach.likelyConsequences = row.text(6);
    breach.measuresTaken = row.text(7);
    breach.apNotified = optionalBoolAt(row, 8);
    breach.apNotNotifiedReason = row.text(9);
    breach.apReference = row.text(10);
    breach.subjectsInformed = optionalBoolAt(row, 11);
    breach.subjectsInformedDate = dateAt(row, 12);
    breach.subjectsNotInformedReason = row.text(13);
    breach.clientId = referenceAt(row, 14);
    breach.clientNotifiedAt = instantAt(row, 15);
    breach.dataCategories = texts(db, kDataCategories, breach.id);
    breach.dataSubjectCategories = texts(db, kSubjectCategories, breach.id);
    breach.apNotifications = notificationsOf(db, breach.id);
    readBreachReportParts(db, breach);
    return breach;
}

QList<Breach> breachesFrom(const SqliteDatabase& db, SqliteStatement& select)
{
    QList<Breach> breaches;
    while (select.step()) {
        breaches << breachFrom(db, select);
    }
    return breaches;
}

void bindBreach(SqliteStatement& statement, const Breach& breach)
{
    statement.bind(2, notNull(breach.reference))
        .bind(3, instant(breach.discoveredAt))
        .bind(4, notNull(breach.description))
        .bind(5, optionalInteger(breach.approxSubjectCount))
        .bind(6, optionalInteger(breach.approxRecordCount))
        .bind(7, notNull(breach.likelyConsequences))
        .bind(8, notNull(breach.measuresTaken))
        .bind(9, breach.apNotified)
        .bind(10, notNull(breach.apNotNotifiedReason))
        .bind(11, notNull(breach.apReference))
        .bind(12, breach.subjectsInformed)
        .bind(13, date(breach.subjectsInformedDate))
        .bind(14, notNull(breach.subjectsNotInformedReason))
        .bind(15, reference(breach.clientId))
        .bind(16, instant(breach.clientNotifiedAt));
}

Breach existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<Breach> breach = BreachRepository::find(db, id);
    if (!breach) {
        throw MissingRecordError(EntityKind::Breach, id);
    }
    return *breach;
}

} // namespace

qint64 BreachRepository::insert(SqliteDatabase& db, const AuditContext& audit, const Breach& breach)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO breach (id, reference, discovered_at, description, approx_subject_count,
                            approx_record_count, likely_consequences, measures_taken,
                            ap_notified, ap_not_notified_reason, ap_reference,
                            subjects_informed, subjects_informed_date,
                            subjects_not_informed_reason, client_id, client_notified_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
    )sql");
    insert.bind(1, reference(breach.id));
    bindBreach(insert, breach);
    insert.run();
    Breach stored = breach;
    stored.id = db.lastInsertId();
    writeLists(db, stored);
    AuditTrail::record(db, audit, EntityKind::Breach, stored.id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, stored.id)));
    return stored.id;
}

void BreachRepository::update(SqliteDatabase& db, const AuditContext& audit, const Breach& breach)
{
    const Breach before = existing(db, breach.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE breach
        SET reference = ?2, discovered_at = ?3, description = ?4, approx_subject_count = ?5,
            approx_record_count = ?6, likely_consequences = ?7, measures_taken = ?8,
            ap_notified = ?9, ap_not_notified_reason = ?10, ap_reference = ?11,
            subjects_informed = ?12, subjects_informed_date = ?13,
            subjects_not_informed_reason = ?14, client_id = ?15, client_notified_at = ?16
        WHERE id = ?1
    )sql");
    update.bind(1, integer(breach.id));
    bindBreach(update, breach);
    update.run();
    writeLists(db, breach);
    AuditTrail::record(db, audit, EntityKind::Breach, breach.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, breach.id)));
}

void BreachRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const Breach before = existing(db, id);
    db.prepare(u"DELETE FROM breach WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::Breach, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<Breach> BreachRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectBreaches(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<Breach>(breachFrom(db, select)) : std::nullopt;
}

QList<Breach> BreachRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectBreaches(u"ORDER BY discovered_at DESC, id DESC"));
    return breachesFrom(db, select);
}

QList<Breach> BreachRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectBreaches(uR"sql(
        WHERE instr(pr_fold(reference), ?1) > 0
           OR instr(pr_fold(description), ?1) > 0
           OR instr(pr_fold(likely_consequences), ?1) > 0
           OR instr(pr_fold(measures_taken), ?1) > 0
           OR instr(pr_fold(ap_reference), ?1) > 0
        ORDER BY discovered_at DESC, id DESC
    )sql"));
    select.bind(1, needle);
    return breachesFrom(db, select);
}

} // namespace pr::storage
