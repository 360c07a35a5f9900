#include "storage/repositories/RequestRepository.h"

#include "core/json/DomainJson.h"
#include "core/workflow/RequestAnonymiser.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::DataSubjectRequest;
using core::EntityKind;
using namespace detail;

namespace {

QString selectRequests(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, reference, requester_name, requester_contact, invoked_right, received_date,
               channel, identity_requested_date, identity_verified_date, id_copy_destroyed_date,
               client_id, client_informed_date, status, extended, extension_told_on,
               extension_reason, answered_date, outcome, refusal_reason, identity_doubt,
               identity_proof_asked, refusal_ground, copy_provided, recipients_informed, notes
        FROM data_subject_request
    )sql");
    return sql.append(rest);
}

DataSubjectRequest requestFrom(const SqliteStatement& row)
{
    DataSubjectRequest request;
    request.id = row.integer(0);
    request.reference = row.text(1);
    request.requesterName = row.text(2);
    request.requesterContact = row.text(3);
    request.right = enumAt<core::DataSubjectRight>(row, 4);
    request.receivedDate = dateAt(row, 5);
    request.channel = enumAt<core::RequestChannel>(row, 6);
    request.identityRequestedDate = dateAt(row, 7);
    request.identityVerifiedDate = dateAt(row, 8);
    request.idCopyDestroyedDate = dateAt(row, 9);
    request.clientId = referenceAt(row, 10);
    request.clientInformedDate = dateAt(row, 11);
    request.status = enumAt<core::RequestStatus>(row, 12);
    if (row.integer(13) != 0) {
        request.extension = core::RequestExtension{dateAt(row, 14), row.text(15)};
    }
    request.answeredDate = dateAt(row, 16);
    request.outcome = row.text(17);
    request.refusalReason = row.text(18);
    request.identityDoubt = row.text(19);
    request.identityProofAsked = row.text(20);
    request.refusalGround = optionalEnumAt<core::RefusalGround>(row, 21);
    request.copyProvided = row.text(22);
    request.recipientsInformed = row.text(23);
    request.notes = row.text(24);
    return request;
}

QList<DataSubjectRequest> requestsFrom(SqliteStatement& select)
{
    QList<DataSubjectRequest> requests;
    while (select.step()) {
        requests << requestFrom(select);
    }
    return requests;
}

void bindRequest(SqliteStatement& statement, const DataSubjectRequest& request)
{
    statement.bind(2, notNull(request.reference))
        .bind(3, notNull(request.requesterName))
        .bind(4, notNull(request.requesterContact))
        .bind(5, core::enumCode(request.right))
        .bind(6, date(request.receivedDate))
        .bind(7, core::enumCode(request.channel))
        .bind(8, date(request.identityRequestedDate))
        .bind(9, date(request.identityVerifiedDate))
        .bind(10, date(request.idCopyDestroyedDate))
        .bind(11, reference(request.clientId))
        .bind(12, date(request.clientInformedDate))
        .bind(13, core::enumCode(request.status))
        .bind(14, request.extension.has_value())
        .bind(15, request.extension ? date(request.extension->toldOn) : std::nullopt)
        .bind(16, notNull(request.extension ? request.extension->reason : QString()))
        .bind(17, date(request.answeredDate))
        .bind(18, notNull(request.outcome))
        .bind(19, notNull(request.refusalReason))
        .bind(20, notNull(request.identityDoubt))
        .bind(21, notNull(request.identityProofAsked))
        .bind(22, optionalCode(request.refusalGround))
        .bind(23, notNull(request.copyProvided))
        .bind(24, notNull(request.recipientsInformed))
        .bind(25, notNull(request.notes));
}

DataSubjectRequest existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<DataSubjectRequest> request = RequestRepository::find(db, id);
    if (!request) {
        throw MissingRecordError(EntityKind::DataSubjectRequest, id);
    }
    return *request;
}

} // namespace

qint64 RequestRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                 const DataSubjectRequest& request)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO data_subject_request (id, reference, requester_name, requester_contact,
                                          invoked_right, received_date, channel,
                                          identity_requested_date, identity_verified_date,
                                          id_copy_destroyed_date, client_id,
                                          client_informed_date, status, extended,
                                          extension_told_on, extension_reason, answered_date,
                                          outcome, refusal_reason, identity_doubt,
                                          identity_proof_asked, refusal_ground, copy_provided,
                                          recipients_informed, notes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)
    )sql");
    insert.bind(1, reference(request.id));
    bindRequest(insert, request);
    insert.run();
    const qint64 id = db.lastInsertId();
    AuditTrail::record(db, audit, EntityKind::DataSubjectRequest, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void RequestRepository::update(SqliteDatabase& db, const AuditContext& audit,
                               const DataSubjectRequest& request)
{
    const DataSubjectRequest before = existing(db, request.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE data_subject_request
        SET reference = ?2, requester_name = ?3, requester_contact = ?4, invoked_right = ?5,
            received_date = ?6, channel = ?7, identity_requested_date = ?8,
            identity_verified_date = ?9, id_copy_destroyed_date = ?10, client_id = ?11,
            client_informed_date = ?12, status = ?13, extended = ?14, extension_told_on = ?15,
            extension_reason = ?16, answered_date = ?17, outcome = ?18, refusal_reason = ?19,
            identity_doubt = ?20, identity_proof_asked = ?21, refusal_ground = ?22,
            copy_provided = ?23, recipients_informed = ?24, notes = ?25
        WHERE id = ?1
    )sql");
    update.bind(1, integer(request.id));
    bindRequest(update, request);
    update.run();
    AuditTrail::record(db, audit, EntityKind::DataSubjectRequest, request.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, request.id)));
}

void RequestRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const DataSubjectRequest before = existing(db, id);
    db.prepare(u"DELETE FROM data_subject_request WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::DataSubjectRequest, id, AuditAction::Delete,
                       core::json::toJson(before), {});
    AuditTrail::redact(db, audit, EntityKind::DataSubjectRequest, id,
                       core::RequestAnonymiser::personalFields());
}

std::optional<DataSubjectRequest> RequestRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectRequests(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<DataSubjectRequest>(requestFrom(select)) : std::nullopt;
}

QList<DataSubjectRequest> RequestRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectRequests(u"ORDER BY received_date DESC, id DESC"));
    return requestsFrom(select);
}

QList<DataSubjectRequest> RequestRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectRequests(uR"sql(
        WHERE instr(pr_fold(reference), ?1) > 0
           OR instr(pr_fold(requester_name), ?1) > 0
           OR instr(pr_fold(requester_contact), ?1) > 0
           OR instr(pr_fold(outcome), ?1) > 0
        ORDER BY received_date DESC, id DESC
    )sql"));
    select.bind(1, needle);
    return requestsFrom(select);
}

} // namespace pr::storage
