#include "storage/repositories/OrganisationRepository.h"

#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/EnglishTextRows.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/StatementFactsRows.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::Organisation;
using namespace detail;

namespace {
// The one row of the table (CHECK (id = 1) in migration 1).
constexpr qint64 kOrganisationId = 1;
} // namespace

std::optional<Organisation> OrganisationRepository::find(const SqliteDatabase& db)
{
    SqliteStatement row = db.prepare(uR"sql(
        SELECT id, legal_name, trade_name, address, postcode, city, kvk_number, vat_number,
               phone, email, website, representative_name, representative_function,
               privacy_contact_name, privacy_contact_email, privacy_contact_phone,
               privacy_contact_is_dpo, logo_png, signature_png, backup_overwrite_days
        FROM organisation
        WHERE id = 1
    )sql");
    if (!row.step()) {
        return std::nullopt;
    }
    Organisation organisation;
    organisation.id = row.integer(0);
    organisation.legalName = row.text(1);
    organisation.tradeName = row.text(2);
    organisation.address = row.text(3);
    organisation.postcode = row.text(4);
    organisation.city = row.text(5);
    organisation.kvkNumber = row.text(6);
    organisation.vatNumber = row.text(7);
    organisation.phone = row.text(8);
    organisation.email = row.text(9);
    organisation.website = row.text(10);
    organisation.representativeName = row.text(11);
    organisation.representativeFunction = row.text(12);
    organisation.privacyContact.name = row.text(13);
    organisation.privacyContact.email = row.text(14);
    organisation.privacyContact.phone = row.text(15);
    organisation.privacyContact.isDpo = row.integer(16) != 0;
    organisation.logoPng = blobAt(row, 17);
    organisation.signaturePng = blobAt(row, 18);
    organisation.backupOverwriteDays = static_cast<int>(row.integer(19));
    organisation.statement = readStatementFacts(db);
    organisation.englishTexts = readEnglishTexts(db);
    return organisation;
}

void OrganisationRepository::update(SqliteDatabase& db, const AuditContext& audit,
                                    const Organisation& organisation)
{
    const std::optional<Organisation> before = find(db);
    db.prepare(uR"sql(
        INSERT INTO organisation (id, legal_name, trade_name, address, postcode, city,
                                  kvk_number, vat_number, phone, email, website,
                                  representative_name, representative_function,
                                  privacy_contact_name, privacy_contact_email,
                                  privacy_contact_phone, privacy_contact_is_dpo, logo_png,
                                  signature_png, backup_overwrite_days)
        VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19)
        ON CONFLICT (id) DO UPDATE SET
            legal_name = excluded.legal_name, trade_name = excluded.trade_name,
            address = excluded.address, postcode = excluded.postcode, city = excluded.city,
            kvk_number = excluded.kvk_number, vat_number = excluded.vat_number,
            phone = excluded.phone, email = excluded.email, website = excluded.website,
            representative_name = excluded.representative_name,
            representative_function = excluded.representative_function,
            privacy_contact_name = excluded.privacy_contact_name,
            privacy_contact_email = excluded.privacy_contact_email,
            privacy_contact_phone = excluded.privacy_contact_phone,
            privacy_contact_is_dpo = excluded.privacy_contact_is_dpo,
            logo_png = excluded.logo_png, signature_png = excluded.signature_png,
            backup_overwrite_days = excluded.backup_overwrite_days
    )sql")
        .bind(1, notNull(organisation.legalName))
        .bind(2, notNull(organisation.tradeName))
        .bind(3, notNull(organisation.address))
        .bind(4, notNull(organisation.postcode))
        .bind(5, notNull(organisation.city))
        .bind(6, notNull(organisation.kvkNumber))
        .bind(7, notNull(organisation.vatNumber))
        .bind(8, notNull(organisation.phone))
        .bind(9, notNull(organisation.email))
        .bind(10, notNull(organisation.website))
        .bind(11, notNull(organisation.representativeName))
        .bind(12, notNull(organisation.representativeFunction))
        .bind(13, notNull(organisation.privacyContact.name))
        .bind(14, notNull(organisation.privacyContact.email))
        .bind(15, notNull(organisation.privacyContact.phone))
        .bind(16, organisation.privacyContact.isDpo)
        .bind(17, blob(organisation.logoPng))
        .bind(18, blob(organisation.signaturePng))
        .bind(19, organisation.backupOverwriteDays)
        .run();
    writeStatementFacts(db, organisation.statement);
    writeEnglishTexts(db, organisation.englishTexts);
    const std::optional<Organisation> after = find(db);
    AuditTrail::record(db, audit, core::EntityKind::Organisation, kOrganisationId,
                       before ? core::AuditAction::Update : core::AuditAction::Insert,
                       before ? core::json::toJson(*before) : QJsonObject(),
                       core::json::toJson(*after));
}

QString OrganisationRepository::legalName(const SqliteDatabase& db)
{
    auto query = db.prepare(u"SELECT legal_name FROM organisation WHERE id = 1");
    return query.step() ? query.text(0) : QString();
}

void OrganisationRepository::setLegalName(SqliteDatabase& db, const QString& name)
{
    db.prepare(u"INSERT INTO organisation (id, legal_name) VALUES (1, ?1) "
               u"ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name")
        .bind(1, name.trimmed())
        .run();
}

} // namespace pr::storage
