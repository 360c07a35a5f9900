#include "storage/repositories/ActivityRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ActivityDetails.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/ReferencedRowError.h"
#include "storage/repositories/References.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::EntityKind;
using core::ProcessingActivity;
using namespace detail;

namespace {

QString selectActivities(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, name, role, legal_basis, legitimate_interest, children_safeguards,
               retention_kind, retention_amount, retention_unit, retention_trigger,
               retention_description, retention_legal_basis, source, source_description
        FROM processing_activity
    )sql");
    return sql.append(rest);
}

ProcessingActivity activityFrom(const SqliteDatabase& db, const SqliteStatement& row)
{
    ProcessingActivity activity;
    activity.id = row.integer(0);
    activity.name = row.text(1);
    activity.role = enumAt<core::ProcessingRole>(row, 2);
    activity.legalBasis = optionalEnumAt<core::LegalBasis>(row, 3);
    activity.legitimateInterest = row.text(4);
    activity.childrenSafeguards = row.text(5);
    activity.retention.kind = enumAt<core::RetentionKind>(row, 6);
    activity.retention.amount = static_cast<int>(row.integer(7));
    activity.retention.unit = enumAt<core::RetentionUnit>(row, 8);
    activity.retention.trigger = enumAt<core::RetentionTrigger>(row, 9);
    activity.retention.description = row.text(10);
    activity.retention.legalBasis = row.text(11);
    activity.source = enumAt<core::DataSource>(row, 12);
    activity.sourceDescription = row.text(13);
    readActivityDetails(db, activity);
    return activity;
}

QList<ProcessingActivity> activitiesFrom(const SqliteDatabase& db, SqliteStatement& select)
{
    QList<ProcessingActivity> activities;
    while (select.step()) {
        activities << activityFrom(db, select);
    }
    return activities;
}

// ?1 is the id; the INSERT and the UPDATE share the other parameters.
void bindActivity(SqliteStatement& statement, const ProcessingActivity& activity)
{
    statement.bind(2, notNull(activity.name))
        .bind(3, core::enumCode(activity.role))
        .bind(4, optionalCode(activity.legalBasis))
        .bind(5, notNull(activity.legitimateInterest))
        .bind(6, notNull(activity.childrenSafeguards))
        .bind(7, core::enumCode(activity.retention.kind))
        .bind(8, activity.retention.amount)
        .bind(9, core::enumCode(activity.retention.unit))
        .bind(10, core::enumCode(activity.retention.trigger))
        .bind(11, notNull(activity.retention.description))
        .bind(12, notNull(activity.retention.legalBasis))
        .bind(13, core::enumCode(activity.source))
        .bind(14, notNull(activity.sourceDescription));
}

ProcessingActivity existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<ProcessingActivity> activity = ActivityRepository::find(db, id);
    if (!activity) {
        throw MissingRecordError(EntityKind::ProcessingActivity, id);
    }
    return *activity;
}

} // namespace

qint64 ActivityRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                  const ProcessingActivity& activity)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO processing_activity (id, name, role, legal_basis, legitimate_interest,
                                         children_safeguards, retention_kind, retention_amount,
                                         retention_unit, retention_trigger,
                                         retention_description, retention_legal_basis, source,
                                         source_description)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
    )sql");
    insert.bind(1, reference(activity.id));
    bindActivity(insert, activity);
    insert.run();
    ProcessingActivity stored = activity;
    stored.id = db.lastInsertId();
    writeActivityDetails(db, stored);
    AuditTrail::record(db, audit, EntityKind::ProcessingActivity, stored.id, AuditAction::Insert,
                       {}, core::json::toJson(existing(db, stored.id)));
    return stored.id;
}

void ActivityRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                const ProcessingActivity& activity)
{
    const ProcessingActivity before = existing(db, activity.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE processing_activity
        SET name = ?2, role = ?3, legal_basis = ?4, legitimate_interest = ?5,
            children_safeguards = ?6, retention_kind = ?7, retention_amount = ?8,
            retention_unit = ?9, retention_trigger = ?10, retention_description = ?11,
            retention_legal_basis = ?12, source = ?13, source_description = ?14
        WHERE id = ?1
    )sql");
    update.bind(1, integer(activity.id));
    bindActivity(update, activity);
    update.run();
    writeActivityDetails(db, activity);
    AuditTrail::record(db, audit, EntityKind::ProcessingActivity, activity.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, activity.id)));
}

void ActivityRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const ProcessingActivity before = existing(db, id);
    const QList<Referrer> referrers =
        agreementsWithActivity(db, id) + subProcessorsForActivity(db, id);
    if (!referrers.isEmpty()) {
        throw ReferencedRowError(Referrer{EntityKind::ProcessingActivity, id, before.name},
                                 referrers);
    }
    // The lists go with it (ON DELETE CASCADE).
    db.prepare(u"DELETE FROM processing_activity WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::ProcessingActivity, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<ProcessingActivity> ActivityRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectActivities(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<ProcessingActivity>(activityFrom(db, select))
                         : std::nullopt;
}

QList<ProcessingActivity> ActivityRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectActivities(u"ORDER BY name COLLATE NOCASE, id"));
    return activitiesFrom(db, select);
}

QList<ProcessingActivity> ActivityRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectActivities(uR"sql(
        WHERE instr(pr_fold(name), ?1) > 0
           OR EXISTS (SELECT 1 FROM activity_purpose c
                      WHERE c.activity_id = processing_activity.id AND instr(pr_fold(c.purpose), ?1) > 0)
           OR EXISTS (SELECT 1 FROM activity_data_category c
                      WHERE c.activity_id = processing_activity.id AND instr(pr_fold(c.category), ?1) > 0)
           OR EXISTS (SELECT 1 FROM activity_data_subject_category c
                      WHERE c.activity_id = processing_activity.id AND instr(pr_fold(c.category), ?1) > 0)
           OR EXISTS (SELECT 1 FROM activity_recipient c
                      WHERE c.activity_id = processing_activity.id AND instr(pr_fold(c.recipient), ?1) > 0)
        ORDER BY name COLLATE NOCASE, id
    )sql"));
    select.bind(1, needle);
    return activitiesFrom(db, select);
}

RemovalPlan ActivityRepository::removalPlan(const SqliteDatabase& db, qint64 id)
{
    const std::optional<Referrer> target = activityRecord(db, id);
    if (!target) {
        throw MissingRecordError(EntityKind::ProcessingActivity, id);
    }
    RemovalPlan plan;
    plan.target = *target;
    plan.unlinked = agreementsWithActivity(db, id) + subProcessorsForActivity(db, id);
    return plan;
}

void ActivityRepository::removeCascade(SqliteDatabase& db, const AuditContext& audit,
                                       const RemovalPlan& confirmed)
{
    const qint64 id = confirmed.target.id;
    requireConfirmed(removalPlan(db, id), confirmed);
    // Through the repositories, so that every record changed gets its own audit entry.
    for (const Referrer& referrer : confirmed.unlinked) {
        if (referrer.kind == EntityKind::Agreement) {
            if (std::optional<core::Agreement> agreement =
                    AgreementRepository::find(db, referrer.id)) {
                agreement->activityIds.removeAll(id);
                AgreementRepository::update(db, audit, *agreement);
            }
        } else if (referrer.kind == EntityKind::SubProcessor) {
            if (std::optional<core::SubProcessor> sub =
                    SubProcessorRepository::find(db, referrer.id)) {
                sub->activityIds.removeAll(id);
                SubProcessorRepository::update(db, audit, *sub);
            }
        }
    }
    remove(db, audit, id);
}

} // namespace pr::storage
