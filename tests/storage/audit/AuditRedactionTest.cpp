// Redaction (issue 8, privacy of the requester): values leave the audit trail while the chain
// keeps verifying, only the program's own redaction passes verify(), and anonymising or
// deleting a request takes the requester out of the trail and out of the database's bytes.

#include "core/json/DomainJson.h"
#include "core/workflow/RequestAnonymiser.h"
#include "storage/RegisterErrors.h"
#include "storage/audit/AuditChain.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/ExpiredRequests.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;
using Reason = AuditBreak::Reason;

namespace {

const QString kName = QStringLiteral("Ömer Çelik");

// A request with a history: inserted (1), its contact changed (2), answered (3); and a client
// (4) that has nothing to do with it.
struct History : RepositoryFixture {
    qint64 requestId = 0;
    qint64 clientId = 0;

    History()
    {
        DataSubjectRequest request = pr::test::sampleRequest();
        request.id = RequestRepository::insert(db, audit, request);
        requestId = request.id;
        clock.advanceSeconds(60);
        request.requesterContact = QStringLiteral("celik@example.net");
        RequestRepository::update(db, audit, request);
        clock.advanceSeconds(60);
        request.outcome = QStringLiteral("Gewist, per brief aan Ömer Çelik bevestigd");
        RequestRepository::update(db, audit, request);
        clientId = ClientRepository::insert(db, audit, pr::test::sampleClient());
        REQUIRE(AuditTrail::verify(db) == std::nullopt);
    }

    // Every value the trail holds, as one text.
    QString trailText() const
    {
        QString text;
        for (const AuditEntry& entry : AuditTrail::all(db)) {
            for (const FieldChange& change : entry.changes) {
                text += change.from + u'\n' + change.to + u'\n';
            }
        }
        return text;
    }

    // Whether the database's bytes (what is encrypted and saved) hold TEXT anywhere, in use
    // or in a freed page.
    bool imageHolds(const QString& text) const
    {
        const std::span<const std::uint8_t> image = db.image();
        const QByteArray bytes(reinterpret_cast<const char*>(image.data()),
                               static_cast<qsizetype>(image.size()));
        return bytes.contains(text.toUtf8());
    }
};

} // namespace

TEST_CASE("Redacting removes a record's values from every entry and keeps the chain",
          "[audit][redaction]")
{
    History f;
    REQUIRE(f.trailText().contains(kName));
    const QList<AuditEntry> before = AuditTrail::all(f.db);
    f.clock.advanceSeconds(60);

    const auto redactId =
        AuditTrail::redact(f.db, f.audit, EntityKind::DataSubjectRequest, f.requestId,
                           {QStringLiteral("requesterName"), QStringLiteral("requesterContact"),
                            QStringLiteral("outcome"), QStringLiteral("nonExisting")});
    REQUIRE(redactId);
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
    CHECK_FALSE(f.trailText().contains(kName));
    CHECK_FALSE(f.trailText().contains(QStringLiteral("celik@example.net")));
    CHECK_FALSE(f.trailText().contains(QStringLiteral("omer@example.org")));

    const QList<AuditEntry> after = AuditTrail::all(f.db);
    REQUIRE(after.size() == before.size() + 1);
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("entry " << before[i].id);
        // Same entries, same hashes, same digests; only the values and salts of the named
        // fields of the request are gone.
        CHECK(after[i].hash == before[i].hash);
        REQUIRE(after[i].changes.size() == before[i].changes.size());
        for (qsizetype c = 0; c < before[i].changes.size(); ++c) {
            const FieldChange& was = before[i].changes[c];
            const FieldChange& is = after[i].changes[c];
            CHECK(is.field == was.field);
            CHECK(is.digest == was.digest);
            const bool named = was.field == u"requesterName" || was.field == u"requesterContact" ||
                               was.field == u"outcome";
            const bool ofRequest = before[i].entity == EntityKind::DataSubjectRequest;
            CHECK(is.redacted == (named && ofRequest));
            if (is.redacted) {
                CHECK(is.from.isEmpty());
                CHECK(is.to.isEmpty());
                CHECK(is.salt.isEmpty());
            } else {
                CHECK(is == was);
            }
        }
    }
    // What the request still shows: that it existed, its right and dates.
    CHECK(f.trailText().contains(QStringLiteral("2026-004")));
    CHECK(f.trailText().contains(QStringLiteral("2026-02-02")));

    // The redaction is an entry of its own, naming the fields that lost values.
    const AuditEntry& redaction = after.last();
    CHECK(redaction.id == *redactId);
    CHECK(redaction.action == AuditAction::Redact);
    CHECK(redaction.entity == EntityKind::DataSubjectRequest);
    CHECK(redaction.entityId == f.requestId);
    CHECK(redaction.at == f.clock.now());
    QStringList fields;
    for (const FieldChange& change : redaction.changes) {
        fields << change.field;
        CHECK(change.from.isEmpty());
        CHECK(change.to.isEmpty());
    }
    CHECK(fields == QStringList{QStringLiteral("requesterName"), QStringLiteral("requesterContact"),
                                QStringLiteral("outcome")});

    SECTION("redacting again finds nothing and writes nothing")
    {
        CHECK_FALSE(AuditTrail::redact(f.db, f.audit, EntityKind::DataSubjectRequest, f.requestId,
                                       {QStringLiteral("requesterName")}));
        CHECK(AuditTrail::all(f.db).size() == after.size());
    }
    SECTION("later entries chain on")
    {
        ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Later")));
        CHECK(AuditTrail::verify(f.db) == std::nullopt);
    }
}

TEST_CASE("The trail allows no change but a redaction", "[audit][redaction]")
{
    History f;
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET new_value = 'x' WHERE entry_id = 1"),
                    DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET digest = zeroblob(32)"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET field = 'x' WHERE entry_id = 1"),
                    DatabaseError);
    // Half a redaction: the values go but the salt stays, or the other way round.
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET old_value = NULL, new_value = NULL"),
                    DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET salt = NULL"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"DELETE FROM audit_change WHERE entry_id = 1"), DatabaseError);
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
}

TEST_CASE("A redaction the program did not record is found", "[audit][redaction]")
{
    History f;
    SECTION("values removed without a Redact entry")
    {
        f.db.exec(u"UPDATE audit_change SET old_value = NULL, new_value = NULL, salt = NULL "
                  u"WHERE entry_id = 2 AND field = 'requesterContact'");
        CHECK(AuditTrail::verify(f.db) == AuditBreak{2, Reason::UnrecordedRedaction});
    }
    SECTION("a Redact entry of another field does not account for it")
    {
        AuditTrail::redact(f.db, f.audit, EntityKind::DataSubjectRequest, f.requestId,
                           {QStringLiteral("outcome")});
        f.db.exec(u"UPDATE audit_change SET old_value = NULL, new_value = NULL, salt = NULL "
                  u"WHERE entry_id = 1 AND field = 'requesterName'");
        CHECK(AuditTrail::verify(f.db) == AuditBreak{1, Reason::UnrecordedRedaction});
    }
    SECTION("a value put back after its redaction")
    {
        AuditTrail::redact(f.db, f.audit, EntityKind::DataSubjectRequest, f.requestId,
                           {QStringLiteral("requesterName")});
        f.db.exec(u"DROP TRIGGER audit_change_redact_only");
        f.db.exec(u"UPDATE audit_change SET old_value = '', new_value = 'Iemand anders', "
                  u"salt = zeroblob(16) WHERE entry_id = 1 AND field = 'requesterName'");
        CHECK(AuditTrail::verify(f.db) == AuditBreak{1, Reason::Altered});
    }
}

TEST_CASE("Anonymising an expired request takes the requester out of the trail",
          "[audit][redaction][requests]")
{
    History f;
    const DataSubjectRequest request = *RequestRepository::find(f.db, f.requestId);
    REQUIRE(f.imageHolds(kName));
    f.clock.advanceSeconds(60);

    ExpiredRequests::anonymise(f.db, f.audit, {request});

    CHECK(RequestRepository::find(f.db, f.requestId)->requesterName == u"***");
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
    for (const QString& gone :
         {kName, QStringLiteral("omer@example.org"), QStringLiteral("celik@example.net"),
          QStringLiteral("veel systemen"), QStringLiteral("fiscale bewaarplicht"),
          QStringLiteral("Gedeeltelijk gewist")}) {
        INFO(gone.toStdString());
        CHECK_FALSE(f.trailText().contains(gone));
        // secure_delete: not in a freed page of what is saved either.
        CHECK_FALSE(f.imageHolds(gone));
    }
    const AuditEntry last = AuditTrail::all(f.db).last();
    CHECK(last.action == AuditAction::Redact);
    QStringList fields;
    for (const FieldChange& change : last.changes) {
        fields << change.field;
    }
    fields.sort();
    QStringList personal = RequestAnonymiser::personalFields();
    personal.sort();
    CHECK(fields == personal);
}

TEST_CASE("Deleting a request takes the requester out of the trail", "[audit][redaction]")
{
    History f;
    RequestRepository::remove(f.db, f.audit, f.requestId);
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
    CHECK_FALSE(f.trailText().contains(kName));
    CHECK_FALSE(f.imageHolds(kName));
    const QList<AuditEntry> history =
        AuditTrail::entriesFor(f.db, EntityKind::DataSubjectRequest, f.requestId);
    REQUIRE(history.size() == 5);
    CHECK(history[3].action == AuditAction::Delete);
    CHECK(history[4].action == AuditAction::Redact);
    // The client's entry keeps its values.
    CHECK(f.trailText().contains(QStringLiteral("Tandartspraktijk Zuid")));
}

TEST_CASE("The personal fields are exactly those the anonymiser changes", "[redaction]")
{
    const DataSubjectRequest full = pr::test::sampleRequest();
    const QJsonObject before = pr::core::json::toJson(full);
    const QJsonObject after = pr::core::json::toJson(RequestAnonymiser::anonymised(full));
    QStringList changed;
    for (const QString& key : before.keys()) {
        if (before.value(key) != after.value(key)) {
            changed << key;
        }
    }
    QStringList personal = RequestAnonymiser::personalFields();
    personal.sort();
    CHECK(changed == personal);
}
