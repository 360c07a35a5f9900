#include "storage/repositories/ClientRepository.h"

#include "core/domain/ActivityForClient.h"
#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/ReferencedRowError.h"
#include "storage/repositories/References.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/TextFolding.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

using core::AuditAction;
using core::Client;
using core::EntityKind;
using namespace detail;

namespace {

// The SELECT of the columns that clientFrom() reads, followed by REST (WHERE, ORDER BY).
QString selectClients(QStringView rest)
{
    QString sql = QStringLiteral(R"sql(
        SELECT id, legal_name, address, postcode, city, kvk_number, representative_name,
               representative_function, contact_name, contact_email, contact_phone,
               privacy_contact_name, privacy_contact_email, privacy_contact_phone,
               privacy_contact_is_dpo
        FROM client
    )sql");
    return sql.append(rest);
}

Client clientFrom(const SqliteStatement& row)
{
    Client client;
    client.id = row.integer(0);
    client.legalName = row.text(1);
    client.address = row.text(2);
    client.postcode = row.text(3);
    client.city = row.text(4);
    client.kvkNumber = row.text(5);
    client.representativeName = row.text(6);
    client.representativeFunction = row.text(7);
    client.contactName = row.text(8);
    client.contactEmail = row.text(9);
    client.contactPhone = row.text(10);
    client.privacyContact.name = row.text(11);
    client.privacyContact.email = row.text(12);
    client.privacyContact.phone = row.text(13);
    client.privacyContact.isDpo = row.integer(14) != 0;
    return client;
}

// ?1 is the id; the INSERT and the UPDATE share the other parameters.
void bindClient(SqliteStatement& statement, const Client& client)
{
    statement.bind(2, notNull(client.legalName))
        .bind(3, notNull(client.address))
        .bind(4, notNull(client.postcode))
        .bind(5, notNull(client.city))
        .bind(6, notNull(client.kvkNumber))
        .bind(7, notNull(client.representativeName))
        .bind(8, notNull(client.representativeFunction))
        .bind(9, notNull(client.contactName))
        .bind(10, notNull(client.contactEmail))
        .bind(11, notNull(client.contactPhone))
        .bind(12, notNull(client.privacyContact.name))
        .bind(13, notNull(client.privacyContact.email))
        .bind(14, notNull(client.privacyContact.phone))
        .bind(15, client.privacyContact.isDpo);
}

QList<Client> clientsFrom(SqliteStatement& select)
{
    QList<Client> clients;
    while (select.step()) {
        clients << clientFrom(select);
    }
    return clients;
}

Client existing(const SqliteDatabase& db, qint64 id)
{
    std::optional<Client> client = ClientRepository::find(db, id);
    if (!client) {
        throw MissingRecordError(EntityKind::Client, id);
    }
    return *client;
}

} // namespace

qint64 ClientRepository::insert(SqliteDatabase& db, const AuditContext& audit, const Client& client)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO client (id, legal_name, address, postcode, city, kvk_number,
                            representative_name, representative_function, contact_name,
                            contact_email, contact_phone, privacy_contact_name,
                            privacy_contact_email, privacy_contact_phone, privacy_contact_is_dpo)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
    )sql");
    insert.bind(1, reference(client.id));
    bindClient(insert, client);
    insert.run();
    const qint64 id = db.lastInsertId();
    AuditTrail::record(db, audit, EntityKind::Client, id, AuditAction::Insert, {},
                       core::json::toJson(existing(db, id)));
    return id;
}

void ClientRepository::update(SqliteDatabase& db, const AuditContext& audit, const Client& client)
{
    const Client before = existing(db, client.id);
    SqliteStatement update = db.prepare(uR"sql(
        UPDATE client
        SET legal_name = ?2, address = ?3, postcode = ?4, city = ?5, kvk_number = ?6,
            representative_name = ?7, representative_function = ?8, contact_name = ?9,
            contact_email = ?10, contact_phone = ?11, privacy_contact_name = ?12,
            privacy_contact_email = ?13, privacy_contact_phone = ?14, privacy_contact_is_dpo = ?15
        WHERE id = ?1
    )sql");
    update.bind(1, integer(client.id));
    bindClient(update, client);
    update.run();
    AuditTrail::record(db, audit, EntityKind::Client, client.id, AuditAction::Update,
                       core::json::toJson(before), core::json::toJson(existing(db, client.id)));
}

void ClientRepository::remove(SqliteDatabase& db, const AuditContext& audit, qint64 id)
{
    const Client before = existing(db, id);
    const QList<Referrer> referrers = agreementsOfClient(db, id) + activitiesForClient(db, id) +
                                      requestsForClient(db, id) + breachesForClient(db, id);
    if (!referrers.isEmpty()) {
        throw ReferencedRowError(Referrer{EntityKind::Client, id, before.legalName}, referrers);
    }
    db.prepare(u"DELETE FROM client WHERE id = ?1").bind(1, integer(id)).run();
    AuditTrail::record(db, audit, EntityKind::Client, id, AuditAction::Delete,
                       core::json::toJson(before), {});
}

std::optional<Client> ClientRepository::find(const SqliteDatabase& db, qint64 id)
{
    SqliteStatement select = db.prepare(selectClients(u"WHERE id = ?1"));
    select.bind(1, integer(id));
    return select.step() ? std::optional<Client>(clientFrom(select)) : std::nullopt;
}

QList<Client> ClientRepository::all(const SqliteDatabase& db)
{
    SqliteStatement select = db.prepare(selectClients(u"ORDER BY legal_name COLLATE NOCASE, id"));
    return clientsFrom(select);
}

QList<Client> ClientRepository::search(const SqliteDatabase& db, const QString& text)
{
    const QString needle = TextFolding::fold(text.trimmed());
    if (needle.isEmpty()) {
        return all(db);
    }
    TextFolding::ensureRegistered(db);
    SqliteStatement select = db.prepare(selectClients(uR"sql(
        WHERE instr(pr_fold(legal_name), ?1) > 0
           OR instr(pr_fold(city), ?1) > 0
           OR instr(pr_fold(kvk_number), ?1) > 0
           OR instr(pr_fold(contact_name), ?1) > 0
           OR instr(pr_fold(contact_email), ?1) > 0
        ORDER BY legal_name COLLATE NOCASE, id
    )sql"));
    select.bind(1, needle);
    return clientsFrom(select);
}

RemovalPlan ClientRepository::removalPlan(const SqliteDatabase& db, qint64 id)
{
    const std::optional<Referrer> target = clientRecord(db, id);
    if (!target) {
        throw MissingRecordError(EntityKind::Client, id);
    }
    RemovalPlan plan;
    plan.target = *target;
    plan.deleted = agreementsOfClient(db, id);
    plan.unlinked = activitiesForClient(db, id);
    plan.remaining = requestsForClient(db, id) + breachesForClient(db, id);
    return plan;
}

void ClientRepository::removeCascade(SqliteDatabase& db, const AuditContext& audit,
                                     const RemovalPlan& confirmed)
{
    const qint64 id = confirmed.target.id;
    requireConfirmed(removalPlan(db, id), confirmed);
    // Through the repositories, so that every record changed gets its own audit entry.
    for (const Referrer& agreement : confirmed.deleted) {
        AgreementRepository::remove(db, audit, agreement.id);
    }
    for (const Referrer& activity : confirmed.unlinked) {
        std::optional<core::ProcessingActivity> changed = ActivityRepository::find(db, activity.id);
        if (changed) {
            core::removeClient(*changed, id);
            ActivityRepository::update(db, audit, *changed);
        }
    }
    remove(db, audit, id);
}

} // namespace pr::storage
