#include "storage/audit/AuditTrail.h"

#include "storage/audit/AuditDiff.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;

namespace {

QString changeTo(const AuditEntry& entry, const QString& field)
{
    for (const FieldChange& change : entry.changes) {
        if (change.field == field) {
            return change.to;
        }
    }
    return QStringLiteral("<not changed>");
}

QStringList fieldsOf(const AuditEntry& entry)
{
    QStringList fields;
    for (const FieldChange& change : entry.changes) {
        fields << change.field;
    }
    return fields;
}

// CHANGES as the diff found them, without the salt and digest chaining added.
QList<FieldChange> valuesOf(QList<FieldChange> changes)
{
    for (FieldChange& change : changes) {
        change.salt.clear();
        change.digest.clear();
    }
    return changes;
}

} // namespace

TEST_CASE("An insert records who, when, which record and every field set", "[audit]")
{
    RepositoryFixture f;
    const qint64 id = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());

    const QList<AuditEntry> entries = AuditTrail::all(f.db);
    REQUIRE(entries.size() == 1);
    const AuditEntry& entry = entries.first();
    CHECK(entry.id == 1);
    CHECK(entry.at == f.clock.now());
    CHECK(entry.at.timeSpec() == Qt::UTC);
    CHECK(entry.entity == EntityKind::Client);
    CHECK(entry.entityId == id);
    CHECK(entry.action == AuditAction::Insert);
    CHECK(entry.osUser == QStringLiteral("jdevries"));
    CHECK(entry.previousHash.isEmpty());
    CHECK(entry.hash.size() == 32);
    // Every field that holds something, from nothing; the id is the entry's entityId.
    CHECK(fieldsOf(entry) ==
          QStringList{QStringLiteral("address"), QStringLiteral("city"),
                      QStringLiteral("contactEmail"), QStringLiteral("contactName"),
                      QStringLiteral("contactPhone"), QStringLiteral("kvkNumber"),
                      QStringLiteral("legalName"), QStringLiteral("postcode"),
                      QStringLiteral("privacyContact"), QStringLiteral("representativeFunction"),
                      QStringLiteral("representativeName")});
    for (const FieldChange& change : entry.changes) {
        CHECK(change.from.isEmpty());
        // Each change is chained by a salted digest of its values.
        CHECK(change.salt.size() == 16);
        CHECK(change.digest.size() == 32);
        CHECK_FALSE(change.redacted);
    }
    CHECK(changeTo(entry, QStringLiteral("legalName")) == QStringLiteral("Tandartspraktijk Zuid"));
}

TEST_CASE("An update records only the fields that changed, from what to what", "[audit]")
{
    RepositoryFixture f;
    Client client = pr::test::sampleClient();
    client.id = ClientRepository::insert(f.db, f.audit, client);
    f.clock.advanceSeconds(3600);
    client.city = QStringLiteral("Zeist");
    client.kvkNumber.clear();
    ClientRepository::update(f.db, f.audit, client);

    const QList<AuditEntry> history = AuditTrail::entriesFor(f.db, EntityKind::Client, client.id);
    REQUIRE(history.size() == 2);
    const AuditEntry& update = history.last();
    CHECK(update.action == AuditAction::Update);
    CHECK(update.at == f.clock.now());
    CHECK(valuesOf(update.changes) ==
          QList<FieldChange>{
              {QStringLiteral("city"), QStringLiteral("Amersfoort"), QStringLiteral("Zeist")},
              {QStringLiteral("kvkNumber"), QStringLiteral("87654321"), QString()}});
    CHECK(update.previousHash == history.first().hash);
}

TEST_CASE("An update that changes nothing records nothing", "[audit]")
{
    RepositoryFixture f;
    Client client = pr::test::sampleClient();
    client.id = ClientRepository::insert(f.db, f.audit, client);
    ClientRepository::update(f.db, f.audit, client);
    CHECK(AuditTrail::all(f.db).size() == 1);
}

TEST_CASE("A delete records every field the record held, to nothing", "[audit]")
{
    RepositoryFixture f;
    const qint64 id = SecurityMeasureRepository::insert(f.db, f.audit, pr::test::sampleMeasure());
    SecurityMeasureRepository::remove(f.db, f.audit, id);
    const QList<AuditEntry> history = AuditTrail::entriesFor(f.db, EntityKind::SecurityMeasure, id);
    REQUIRE(history.size() == 2);
    const AuditEntry& removal = history.last();
    CHECK(removal.action == AuditAction::Delete);
    CHECK(removal.changes.size() == history.first().changes.size());
    for (const FieldChange& change : removal.changes) {
        INFO(change.field.toStdString());
        CHECK(change.to.isEmpty());
        CHECK_FALSE(change.from.isEmpty());
    }
}

TEST_CASE("Lists and nested values are compared as compact JSON", "[audit]")
{
    RepositoryFixture f;
    ProcessingActivity activity = pr::test::sampleActivity();
    activity.id = ActivityRepository::insert(f.db, f.audit, activity);
    activity.purposes = {QStringLiteral("Archivering"), QStringLiteral("Herstel na storing")};
    activity.retention.amount = 10;
    ActivityRepository::update(f.db, f.audit, activity);

    const AuditEntry update =
        AuditTrail::entriesFor(f.db, EntityKind::ProcessingActivity, activity.id).last();
    CHECK(fieldsOf(update) == QStringList{QStringLiteral("purposes"), QStringLiteral("retention")});
    CHECK(changeTo(update, QStringLiteral("purposes")) ==
          QStringLiteral(R"(["Archivering","Herstel na storing"])"));
    CHECK(changeTo(update, QStringLiteral("retention")).contains(QStringLiteral(R"("amount":10)")));
}

TEST_CASE("Files are recorded by size and digest, not by content", "[audit]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 id = AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(client));
    const AuditEntry insert = AuditTrail::entriesFor(f.db, EntityKind::Agreement, id).first();
    // The digests as `sha256sum` computes them.
    CHECK(changeTo(insert, QStringLiteral("signedPdf")) ==
          QStringLiteral("15 bytes, SHA-256 "
                         "8ed74dd5bdcfb6b5db56a79b93609e87b93bc8234fb6037e7ff070922fd5104b"));
    CHECK(changeTo(insert, QStringLiteral("firmSignedPdf")) ==
          QStringLiteral("15 bytes, SHA-256 "
                         "c644f26a0d71bd3bbb2ef5e90ba41b6f10a19ca99934fb9e784edfafd3b2620c"));
    CHECK(
        AuditDiff::text(QStringLiteral("firmSignedPdf"), QJsonValue(QStringLiteral("JVBERi0="))) ==
        QStringLiteral("5 bytes, SHA-256 "
                       "38523c087796e5d5dd1cf9bad1fb026781a838dd9dd2cf8af58b9f6502a46778"));
    CHECK(AuditDiff::text(QStringLiteral("signedPdf"), QJsonValue(QStringLiteral("JVBERg=="))) ==
          QStringLiteral("4 bytes, SHA-256 "
                         "315d429b7714cedb6ad04ac31240145257692630457f3c88253c5beceac76027"));
    // Other text is kept as it is, however long.
    CHECK(AuditDiff::text(QStringLiteral("description"), QJsonValue(QStringLiteral("JVBERg=="))) ==
          QStringLiteral("JVBERg=="));
}

TEST_CASE("Every repository records its writes", "[audit]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 activity =
        ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity({client}));
    const qint64 measure =
        SecurityMeasureRepository::insert(f.db, f.audit, pr::test::sampleMeasure());
    const qint64 sub =
        SubProcessorRepository::insert(f.db, f.audit, pr::test::sampleSubProcessor({activity}));
    const qint64 agreement =
        AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(client, {activity}));
    const qint64 request =
        RequestRepository::insert(f.db, f.audit, pr::test::sampleRequest(client));
    const qint64 breach = BreachRepository::insert(f.db, f.audit, pr::test::sampleBreach(client));
    OrganisationRepository::update(f.db, f.audit, pr::test::sampleOrganisation());

    const QList<std::pair<EntityKind, qint64>> expected{
        {EntityKind::Client, client},           {EntityKind::ProcessingActivity, activity},
        {EntityKind::SecurityMeasure, measure}, {EntityKind::SubProcessor, sub},
        {EntityKind::Agreement, agreement},     {EntityKind::DataSubjectRequest, request},
        {EntityKind::Breach, breach},           {EntityKind::Organisation, 1},
    };
    const QList<AuditEntry> entries = AuditTrail::all(f.db);
    REQUIRE(entries.size() == expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        INFO("entry " << i);
        CHECK(entries[i].id == i + 1);
        CHECK(entries[i].entity == expected[i].first);
        CHECK(entries[i].entityId == expected[i].second);
        CHECK_FALSE(entries[i].changes.isEmpty());
    }
    // The organisation existed already (named at creation): its profile is an update.
    CHECK(entries.last().action == AuditAction::Update);
    CHECK(changeTo(entries.last(), QStringLiteral("city")) == QStringLiteral("Utrecht"));
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
}

TEST_CASE("A write that fails leaves no audit entry", "[audit]")
{
    RepositoryFixture f;
    Client nameless = pr::test::sampleClient();
    nameless.legalName = QStringLiteral(" ");
    f.db.exec(u"BEGIN");
    CHECK_THROWS(ClientRepository::insert(f.db, f.audit, nameless));
    f.db.exec(u"ROLLBACK");
    CHECK(AuditTrail::all(f.db).isEmpty());
}
