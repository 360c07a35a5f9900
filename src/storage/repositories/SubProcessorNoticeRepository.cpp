#include "storage/repositories/SubProcessorNoticeRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::EntityKind;
using core::SubProcessorNotice;
using namespace detail;

namespace {

QString selectNotices(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, sub_processor_id, client_id, agreement_id, change, replaced_name, sent_date,
               objection_days, objection_date, objection_text, outcome
        FROM sub_processor_notice
    )sql");
    return sql.append(rest);
}

constexpr QStringView kListOrder = u" ORDER BY sent_date DESC, id DESC";

SubProcessorNotice noticeFrom(const SqliteStatement& row)
{
    SubProcessorNotice notice;
    notice.id = row.integer(0);
    notice.subProcessorId = row.integer(1);
    notice.clientId = row.integer(2);
    notice.agreementId = row.integer(3);
    notice.change = enumAt<core::SubProcessorChange>(row, 4);
    notice.replacedName = row.text(5);
    notice.sentDate = dateAt(row, 6);
    notice.objectionDays = static_cast<int>(row.integer(7));
    notice.objectionDate = dateAt(row, 8);
    notice.objectionText = row.text(9);
    notice.outcome = enumAt<core::ObjectionOutcome>(row, 10);
    return notice;
}

void bindNotice(SqliteStatement& statement, const SubProcessorNotice& notice)
{
    statement.bind(2, integer(notice.subProcessorId))
        .bind(3, integer(notice.clientId))
        .bind(4, integer(notice.agreementId))
        .bind(5, core::enumCode(notice.change))
        .bind(6, notNull(notice.replacedName))
        .bind(7, date(notice.sentDate))
        .bind(8, integer(notice.objectionDays))
        .bind(9, date(notice.objectionDate))
        .bind(10, notNull(notice.objectionText))
        .bind(11, core::enumCode(notice.outcome));
}

QList<SubProcessorNotice> noticesFrom(SqliteStatement& select)
{
    QList<SubProcessorNotice> notices;
    while (select.step()) {
        notices << noticeFrom(select);
    }
    return notices;
}

SubProcessorNotice existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<SubProcessorNotice> notice = SubProcessorNoticeRepository::find(db, id);
    if (!notice) {
        throw MissingRecordError(EntityKind::SubProcessorNotice, id);
    }
    return *notice;
}

// WHERE is a fixed clause with the id as ?1, followed by the list order.
QList<SubProcessorNotice> noticesWhere(const SqliteDatabase& db, QStringView where, qint64 id)
{
    QString rest = where.toString();
    SqliteStatement select = db.prepare(selectNotices(rest.append(kListOrder)));
    select.bind(1, integer(id));
    return noticesFrom(select);
}

} // namespace

qint64 SubProcessorNoticeRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                            const SubProcessorNotice& notice)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO sub_processor_notice (id, sub_processor_id, client_id, agreement_id, change,
                                          replaced_name, sent_date, objection_days,
                                          objection_date, objection_text, outcome)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
    )sql");
    insert.bind(1, reference(notice.id));
    bindNotice(insert, notice);
    insert.run();
    const qint64 id = db.lastInsertId();
    AuditTrail::record(db, audit, EntityKind::SubProcessorNotice, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void SubProcessorNoticeRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                          const SubProcessorNotice& notice)
{
    const SubProcessorNotice before = existing(db, notice.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE sub_processor_notice
        SET sub_processor_id = ?2, client_id = ?3, agreement_id = ?4, change = ?5,
            replaced_name = ?6, sent_date = ?7, objection_days = ?8, objection_date = ?9,
            objection_text = ?10, outcome = ?11
        WHERE id = ?1
    )sql");
    update.bind(1, integer(notice.id));
    bindNotice(update, notice);
    update.run();
    AuditTrail::record(db, audit, EntityKind::SubProcessorNotice, notice.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, notice.id)));
}

void SubProcessorNoticeRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const SubProcessorNotice before = existing(db, id);
    db.prepare(u"DELETE FROM sub_processor_notice WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::SubProcessorNotice, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

void SubProcessorNoticeRepository::removeForSubProcessor(SqliteDatabase& db,
                                                         const AuditContext& audit,
                                                         qint64 subProcessorId)
{
    for (const SubProcessorNotice& notice : forSubProcessor(db, subProcessorId)) {
        remove(db, audit, notice.id);
    }
}

void SubProcessorNoticeRepository::removeForAgreement(SqliteDatabase& db, const AuditContext& audit,
                                                      qint64 agreementId)
{
    for (const SubProcessorNotice& notice :
         noticesWhere(db, u"WHERE agreement_id = ?1", agreementId)) {
        remove(db, audit, notice.id);
    }
}

std::optional<SubProcessorNotice> SubProcessorNoticeRepository::find(const SqliteDatabase& db,
                                                                     qint64 id)
{
    SqliteStatement select = db.prepare(selectNotices(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<SubProcessorNotice>(noticeFrom(select)) : std::nullopt;
}

QList<SubProcessorNotice> SubProcessorNoticeRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectNotices(kListOrder));
    return noticesFrom(select);
}

QList<SubProcessorNotice> SubProcessorNoticeRepository::forSubProcessor(const SqliteDatabase& db,
                                                                        qint64 subProcessorId)
{
    return noticesWhere(db, u"WHERE sub_processor_id = ?1", subProcessorId);
}

QList<SubProcessorNotice> SubProcessorNoticeRepository::forClient(const SqliteDatabase& db,
                                                                  qint64 clientId)
{
    return noticesWhere(db, u"WHERE client_id = ?1", clientId);
}

} // namespace pr::storage
