#include "storage/repositories/SecurityMeasureRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <algorithm>

namespace pr::storage {

using core::AuditAction;
using core::EntityKind;
using core::SecurityMeasure;
using namespace detail;

namespace {

QString selectMeasures(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, category, title, description, status, owner, last_review_date, catalogue_id,
               planned_date
        FROM security_measure
    )sql");
    return sql.append(rest);
}

SecurityMeasure measureFrom(const SqliteStatement& row)
{
    SecurityMeasure measure;
    measure.id = row.integer(0);
    measure.category = enumAt<core::SecurityCategory>(row, 1);
    measure.title = row.text(2);
    measure.description = row.text(3);
    measure.status = enumAt<core::MeasureStatus>(row, 4);
    measure.owner = row.text(5);
    measure.lastReviewDate = dateAt(row, 6);
    measure.catalogueId = row.text(7);
    measure.plannedDate = dateAt(row, 8);
    return measure;
}

// The query sorts by title; the categories follow the enum's order, which their codes do
// not, so that is done here.
QList<SecurityMeasure> measuresFrom(SqliteStatement& select)
{
    QList<SecurityMeasure> measures;
    while (select.step()) {
        measures << measureFrom(select);
    }
    const QList<core::SecurityCategory> order = core::enumValues<core::SecurityCategory>();
    std::stable_sort(measures.begin(), measures.end(),
                     [&order](const SecurityMeasure& a, const SecurityMeasure& b) {
                         return order.indexOf(a.category) < order.indexOf(b.category);
                     });
    return measures;
}

void bindMeasure(SqliteStatement& statement, const SecurityMeasure& measure)
{
    statement.bind(2, core::enumCode(measure.category))
        .bind(3, notNull(measure.title))
        .bind(4, notNull(measure.description))
        .bind(5, core::enumCode(measure.status))
        .bind(6, notNull(measure.owner))
        .bind(7, date(measure.lastReviewDate))
        .bind(8, notNull(measure.catalogueId))
        .bind(9, date(measure.plannedDate));
}

SecurityMeasure existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<SecurityMeasure> measure = SecurityMeasureRepository::find(db, id);
    if (!measure) {
        throw MissingRecordError(EntityKind::SecurityMeasure, id);
    }
    return *measure;
}

} // namespace

qint64 SecurityMeasureRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                         const SecurityMeasure& measure)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO security_measure (id, category, title, description, status, owner,
                                      last_review_date, catalogue_id, planned_date)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
    )sql");
    insert.bind(1, reference(measure.id));
    bindMeasure(insert, measure);
    insert.run();
    const qint64 id = db.lastInsertId();
    AuditTrail::record(db, audit, EntityKind::SecurityMeasure, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void SecurityMeasureRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                       const SecurityMeasure& measure)
{
    const SecurityMeasure before = existing(db, measure.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE security_measure
        SET category = ?2, title = ?3, description = ?4, status = ?5, owner = ?6,
            last_review_date = ?7, catalogue_id = ?8, planned_date = ?9
        WHERE id = ?1
    )sql");
    update.bind(1, integer(measure.id));
    bindMeasure(update, measure);
    update.run();
    AuditTrail::record(db, audit, EntityKind::SecurityMeasure, measure.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, measure.id)));
}

void SecurityMeasureRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const SecurityMeasure before = existing(db, id);
    db.prepare(u"DELETE FROM security_measure WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::SecurityMeasure, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<SecurityMeasure> SecurityMeasureRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectMeasures(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<SecurityMeasure>(measureFrom(select)) : std::nullopt;
}

QList<SecurityMeasure> SecurityMeasureRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectMeasures(u"ORDER BY title COLLATE NOCASE, id"));
    return measuresFrom(select);
}

QList<SecurityMeasure> SecurityMeasureRepository::search(const SqliteDatabase& db,
                                                         const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectMeasures(uR"sql(
        WHERE instr(pr_fold(title), ?1) > 0
           OR instr(pr_fold(description), ?1) > 0
           OR instr(pr_fold(owner), ?1) > 0
        ORDER BY title COLLATE NOCASE, id
    )sql"));
    select.bind(1, needle);
    return measuresFrom(select);
}

} // namespace pr::storage
