#include "storage/repositories/SubProcessorRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ChildRows.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::EntityKind;
using core::SubProcessor;
using namespace detail;

namespace {

constexpr ChildTable kActivities{u"sub_processor_activity", u"sub_processor_id", u"activity_id"};

QString selectSubProcessors(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, name, service, country, data_location, inside_eea, safeguard, dpa_date,
               transfer_assessment_date, transfer_assessment_summary
        FROM sub_processor
    )sql");
    return sql.append(rest);
}

SubProcessor subProcessorFrom(const SqliteDatabase& db, const SqliteStatement& row)
{
    SubProcessor sub;
    sub.id = row.integer(0);
    sub.name = row.text(1);
    sub.service = row.text(2);
    sub.country = row.text(3);
    sub.dataLocation = row.text(4);
    sub.insideEea = row.integer(5) != 0;
    sub.safeguard = optionalEnumAt<core::TransferSafeguard>(row, 6);
    sub.dpaDate = dateAt(row, 7);
    sub.transferAssessmentDate = dateAt(row, 8);
    sub.transferAssessmentSummary = row.text(9);
    sub.activityIds = ids(db, kActivities, sub.id);
    return sub;
}

QList<SubProcessor> subProcessorsFrom(const SqliteDatabase& db, SqliteStatement& select)
{
    QList<SubProcessor> subs;
    while (select.step()) {
        subs << subProcessorFrom(db, select);
    }
    return subs;
}

void bindSubProcessor(SqliteStatement& statement, const SubProcessor& sub)
{
    statement.bind(2, notNull(sub.name))
        .bind(3, notNull(sub.service))
        .bind(4, notNull(sub.country))
        .bind(5, notNull(sub.dataLocation))
        .bind(6, sub.insideEea)
        .bind(7, optionalCode(sub.safeguard))
        .bind(8, date(sub.dpaDate))
        .bind(9, date(sub.transferAssessmentDate))
        .bind(10, notNull(sub.transferAssessmentSummary));
}

SubProcessor existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<SubProcessor> sub = SubProcessorRepository::find(db, id);
    if (!sub) {
        throw MissingRecordError(EntityKind::SubProcessor, id);
    }
    return *sub;
}

} // namespace

qint64 SubProcessorRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                      const SubProcessor& sub)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO sub_processor (id, name, service, country, data_location, inside_eea,
                                   safeguard, dpa_date, transfer_assessment_date,
                                   transfer_assessment_summary)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
    )sql");
    insert.bind(1, reference(sub.id));
    bindSubProcessor(insert, sub);
    insert.run();
    const qint64 id = db.lastInsertId();
    replaceIds(db, kActivities, id, sub.activityIds);
    AuditTrail::record(db, audit, EntityKind::SubProcessor, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void SubProcessorRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                    const SubProcessor& sub)
{
    const SubProcessor before = existing(db, sub.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE sub_processor
        SET name = ?2, service = ?3, country = ?4, data_location = ?5, inside_eea = ?6,
            safeguard = ?7, dpa_date = ?8, transfer_assessment_date = ?9,
            transfer_assessment_summary = ?10
        WHERE id = ?1
    )sql");
    update.bind(1, integer(sub.id));
    bindSubProcessor(update, sub);
    update.run();
    replaceIds(db, kActivities, sub.id, sub.activityIds);
    AuditTrail::record(db, audit, EntityKind::SubProcessor, sub.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, sub.id)));
}

void SubProcessorRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const SubProcessor before = existing(db, id);
    SubProcessorNoticeRepository::removeForSubProcessor(db, audit, id);
    db.prepare(u"DELETE FROM sub_processor WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::SubProcessor, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<SubProcessor> SubProcessorRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectSubProcessors(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<SubProcessor>(subProcessorFrom(db, select)) : std::nullopt;
}

QList<SubProcessor> SubProcessorRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectSubProcessors(u"ORDER BY name COLLATE NOCASE, id"));
    return subProcessorsFrom(db, select);
}

QList<SubProcessor> SubProcessorRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectSubProcessors(uR"sql(
        WHERE instr(pr_fold(name), ?1) > 0
           OR instr(pr_fold(service), ?1) > 0
           OR instr(pr_fold(country), ?1) > 0
           OR instr(pr_fold(data_location), ?1) > 0
        ORDER BY name COLLATE NOCASE, id
    )sql"));
    select.bind(1, needle);
    return subProcessorsFrom(db, select);
}

} // namespace pr::storage
