#include "storage/repositories/AgreementRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ChildRows.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::Agreement;
using core::AuditAction;
using core::EntityKind;
using namespace detail;

namespace {

constexpr ChildTable kActivities{u"agreement_activity", u"agreement_id", u"activity_id"};

QString selectAgreements(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, client_id, version, start_date, duration_months, end_date,
               breach_notification_hours, audit_interval_months, liability_per_event_cents,
               liability_currency, liability_former_text, change_notice_days, processing_location,
               return_deletion_days, signing_state, sent_date, signed_on_paper,
               firm_signatory_name, firm_signatory_function, firm_signatory_date,
               firm_signatory_place,
               client_signatory_name, client_signatory_function, client_signatory_date,
               client_signatory_place,
               signed_pdf, firm_signed_pdf,
               main_agreement_name, main_agreement_date, liability_per_year_cents,
               insurance_cover_cents
        FROM agreement
    )sql");
    return sql.append(rest);
}

// The order of all(): by the client's name, then by start date.
constexpr QStringView kListOrder = u"ORDER BY (SELECT c.legal_name FROM client c "
                                   u"WHERE c.id = agreement.client_id) COLLATE NOCASE, "
                                   u"start_date, id";

core::Signatory signatoryFrom(const SqliteStatement& row, int firstColumn)
{
    return core::Signatory{row.text(firstColumn), row.text(firstColumn + 1),
                           dateAt(row, firstColumn + 2), row.text(firstColumn + 3)};
}

// What the DPA said when it was signed (migration 8): a row of its own, or none.
QByteArray signedContent(const SqliteDatabase& db, qint64 agreementId)
{
    SqliteStatement select =
        db.prepare(u"SELECT content FROM agreement_signed_content WHERE agreement_id = ?1");
    select.bind(1, integer(agreementId));
    return select.step() ? blobAt(select, 0) : QByteArray();
}

void replaceSignedContent(SqliteDatabase& db, qint64 agreementId, const QByteArray& content)
{
    db.prepare(u"DELETE FROM agreement_signed_content WHERE agreement_id = ?1")
        .bind(1, integer(agreementId))
        .run();
    if (!content.isEmpty()) {
        db.prepare(u"INSERT INTO agreement_signed_content (agreement_id, content) VALUES (?1, ?2)")
            .bind(1, integer(agreementId))
            .bind(2, blob(content))
            .run();
    }
}

Agreement agreementFrom(const SqliteDatabase& db, const SqliteStatement& row)
{
    Agreement agreement;
    agreement.id = row.integer(0);
    agreement.clientId = row.integer(1);
    agreement.version = row.text(2);
    agreement.startDate = dateAt(row, 3);
    agreement.durationMonths = optionalIntAt(row, 4);
    agreement.endDate = dateAt(row, 5);
    agreement.breachNotificationHours = static_cast<int>(row.integer(6));
    agreement.auditIntervalMonths = optionalIntAt(row, 7);
    agreement.liabilityCap.perEventCents = optionalIntegerAt(row, 8);
    agreement.liabilityCap.currency = row.text(9);
    agreement.liabilityCap.formerText = row.text(10);
    agreement.changeNoticeDays = static_cast<int>(row.integer(11));
    agreement.processingLocation = row.text(12);
    agreement.returnDeletionDays = static_cast<int>(row.integer(13));
    agreement.signingState = enumAt<core::SigningState>(row, 14);
    agreement.sentDate = dateAt(row, 15);
    agreement.signedOnPaper = row.integer(16) != 0;
    agreement.firmSignatory = signatoryFrom(row, 17);
    agreement.clientSignatory = signatoryFrom(row, 21);
    agreement.signedPdf = blobAt(row, 25);
    agreement.firmSignedPdf = blobAt(row, 26);
    agreement.mainAgreementName = row.text(27);
    agreement.mainAgreementDate = dateAt(row, 28);
    agreement.liabilityCap.perYearCents = optionalIntegerAt(row, 29);
    agreement.insuranceCoverCents = optionalIntegerAt(row, 30);
    agreement.activityIds = ids(db, kActivities, agreement.id);
    agreement.signedContent = signedContent(db, agreement.id);
    return agreement;
}

QList<Agreement> agreementsFrom(const SqliteDatabase& db, SqliteStatement& select)
{
    QList<Agreement> agreements;
    while (select.step()) {
        agreements << agreementFrom(db, select);
    }
    return agreements;
}

void bindSignatory(SqliteStatement& statement, int firstParameter, const core::Signatory& who)
{
    statement.bind(firstParameter, notNull(who.name))
        .bind(firstParameter + 1, notNull(who.function))
        .bind(firstParameter + 2, date(who.date))
        .bind(firstParameter + 3, notNull(who.place));
}

void bindAgreement(SqliteStatement& statement, const Agreement& agreement)
{
    statement.bind(2, integer(agreement.clientId))
        .bind(3, notNull(agreement.version))
        .bind(4, date(agreement.startDate))
        .bind(5, agreement.durationMonths)
        .bind(6, date(agreement.endDate))
        .bind(7, agreement.breachNotificationHours)
        .bind(8, agreement.auditIntervalMonths)
        .bind(9, optionalInteger(agreement.liabilityCap.perEventCents))
        .bind(10, notNull(agreement.liabilityCap.currency))
        .bind(11, notNull(agreement.liabilityCap.formerText))
        .bind(12, agreement.changeNoticeDays)
        .bind(13, notNull(agreement.processingLocation))
        .bind(14, agreement.returnDeletionDays)
        .bind(15, core::enumCode(agreement.signingState))
        .bind(16, date(agreement.sentDate))
        .bind(17, agreement.signedOnPaper ? 1 : 0);
    bindSignatory(statement, 18, agreement.firmSignatory);
    bindSignatory(statement, 22, agreement.clientSignatory);
    statement.bind(26, blob(agreement.signedPdf)).bind(27, blob(agreement.firmSignedPdf));
    statement.bind(28, notNull(agreement.mainAgreementName))
        .bind(29, date(agreement.mainAgreementDate))
        .bind(30, optionalInteger(agreement.liabilityCap.perYearCents))
        .bind(31, optionalInteger(agreement.insuranceCoverCents));
}

Agreement existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<Agreement> agreement = AgreementRepository::find(db, id);
    if (!agreement) {
        throw MissingRecordError(EntityKind::Agreement, id);
    }
    return *agreement;
}

} // namespace

qint64 AgreementRepository::insert(SqliteDatabase& db, const AuditContext& audit,
                                   const Agreement& agreement)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO agreement (id, client_id, version, start_date, duration_months, end_date,
                               breach_notification_hours, audit_interval_months,
                               liability_per_event_cents, liability_currency,
                               liability_former_text,
                               change_notice_days, processing_location, return_deletion_days,
                               signing_state, sent_date, signed_on_paper,
                               firm_signatory_name, firm_signatory_function,
                               firm_signatory_date, firm_signatory_place,
                               client_signatory_name, client_signatory_function,
                               client_signatory_date, client_signatory_place,
                               signed_pdf, firm_signed_pdf,
                               main_agreement_name, main_agreement_date,
                               liability_per_year_cents, insurance_cover_cents)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27,
                ?28, ?29, ?30, ?31)
    )sql");
    insert.bind(1, reference(agreement.id));
    bindAgreement(insert, agreement);
    insert.run();
    const qint64 id = db.lastInsertId();
    replaceIds(db, kActivities, id, agreement.activityIds);
    replaceSignedContent(db, id, agreement.signedContent);
    AuditTrail::record(db, audit, EntityKind::Agreement, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void AgreementRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                 const Agreement& agreement)
{
    const Agreement before = existing(db, agreement.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE agreement
        SET client_id = ?2, version = ?3, start_date = ?4, duration_months = ?5,
            end_date = ?6, breach_notification_hours = ?7, audit_interval_months = ?8,
            liability_per_event_cents = ?9, liability_currency = ?10,
            liability_former_text = ?11,
            change_notice_days = ?12, processing_location = ?13, return_deletion_days = ?14,
            signing_state = ?15, sent_date = ?16, signed_on_paper = ?17,
            firm_signatory_name = ?18, firm_signatory_function = ?19,
            firm_signatory_date = ?20, firm_signatory_place = ?21,
            client_signatory_name = ?22, client_signatory_function = ?23,
            client_signatory_date = ?24, client_signatory_place = ?25,
            signed_pdf = ?26, firm_signed_pdf = ?27,
            main_agreement_name = ?28, main_agreement_date = ?29,
            liability_per_year_cents = ?30, insurance_cover_cents = ?31
        WHERE id = ?1
    )sql");
    update.bind(1, integer(agreement.id));
    bindAgreement(update, agreement);
    update.run();
    replaceIds(db, kActivities, agreement.id, agreement.activityIds);
    replaceSignedContent(db, agreement.id, agreement.signedContent);
    AuditTrail::record(db, audit, EntityKind::Agreement, agreement.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, agreement.id)));
}

void AgreementRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const Agreement before = existing(db, id);
    SubProcessorNoticeRepository::removeForAgreement(db, audit, id);
    db.prepare(u"DELETE FROM agreement WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::Agreement, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<Agreement> AgreementRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectAgreements(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<Agreement>(agreementFrom(db, select)) : std::nullopt;
}

QList<Agreement> AgreementRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectAgreements(kListOrder));
    return agreementsFrom(db, select);
}

QList<Agreement> AgreementRepository::forClient(const SqliteDatabase& db, qint64 clientId)
{
    SqliteStatement select = db.prepare(selectAgreements(u"WHERE client_id = ?1 "
                                                         u"ORDER BY start_date, id"));
    select.bind(1, integer(clientId));
    return agreementsFrom(db, select);
}

QList<Agreement> AgreementRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    QString sql = selectAgreements(uR"sql(
        WHERE instr(pr_fold(version), ?1) > 0
           OR instr(pr_fold(processing_location), ?1) > 0
           OR instr(pr_fold(firm_signatory_name), ?1) > 0
           OR instr(pr_fold(client_signatory_name), ?1) > 0
           OR EXISTS (SELECT 1 FROM client c
                      WHERE c.id = agreement.client_id AND instr(pr_fold(c.legal_name), ?1) > 0)
    )sql");
    SqliteStatement select = db.prepare(sql.append(kListOrder));
    select.bind(1, needle);
    return agreementsFrom(db, select);
}

} // namespace pr::storage
