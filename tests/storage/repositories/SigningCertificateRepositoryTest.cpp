// The firm's signing certificate in the register (schema v3): stored only after it proved
// usable, replaced and removed with audit entries that hold no secret, absent from the JSON
// export, and added to a register of schema v2 by the migration.

#include "storage/repositories/SigningCertificateRepository.h"

#include "core/json/RegisterDocument.h"
#include "crypto/signing/SigningError.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/transfer/RegisterTransfer.h"
#include "support/TestSigningCa.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <string_view>

using pr::storage::SigningCertificateRepository;
using pr::test::bytesOf;
using pr::test::testCa;
using pr::test::TestSigningCa;

namespace {

// The fixture's clock, moved into the signer certificate's validity.
struct CertificateFixture : pr::test::RepositoryFixture {
    CertificateFixture()
    {
        clock.set(QDateTime::fromSecsSinceEpoch(TestSigningCa::testNow(), Qt::UTC));
    }

    pr::crypto::CertificateInfo storeSigner()
    {
        return SigningCertificateRepository::store(db, audit, bytesOf(testCa().signerPkcs12()),
                                                   TestSigningCa::kPassword);
    }
};

QString everythingAudited(const pr::storage::SqliteDatabase& db)
{
    QString text;
    for (const pr::core::AuditEntry& entry : pr::storage::AuditTrail::all(db)) {
        for (const pr::core::FieldChange& change : entry.changes) {
            text += change.field + u' ' + change.from + u' ' + change.to + u'\n';
        }
    }
    return text;
}

} // namespace

TEST_CASE_METHOD(CertificateFixture, "a stored certificate loads back with its password",
                 "[certificate]")
{
    CHECK_FALSE(SigningCertificateRepository::exists(db));
    CHECK_FALSE(SigningCertificateRepository::load(db).has_value());
    const pr::crypto::CertificateInfo info = storeSigner();
    CHECK(info.subjectCommonName == "Jan de Vries");

    REQUIRE(SigningCertificateRepository::exists(db));
    const auto stored = SigningCertificateRepository::load(db);
    REQUIRE(stored.has_value());
    CHECK(QByteArray(reinterpret_cast<const char*>(stored->pkcs12.data()),
                     static_cast<qsizetype>(stored->pkcs12.size())) == testCa().signerPkcs12());
    CHECK(std::string_view(reinterpret_cast<const char*>(stored->password.data()),
                           stored->password.size()) == TestSigningCa::kPassword);
    CHECK(stored->addedAt == clock.now());

    const auto credentials =
        SigningCertificateRepository::credentials(db, TestSigningCa::testNow());
    REQUIRE(credentials.has_value());
    CHECK(credentials->certificate().sha256Fingerprint == info.sha256Fingerprint);
    REQUIRE(SigningCertificateRepository::info(db).has_value());
    CHECK(SigningCertificateRepository::info(db)->subject == info.subject);
}

TEST_CASE_METHOD(CertificateFixture, "an unusable certificate is refused and nothing is stored",
                 "[certificate]")
{
    CHECK_THROWS_AS(SigningCertificateRepository::store(
                        db, audit, bytesOf(testCa().bytes(QStringLiteral("expired.p12"))),
                        TestSigningCa::kPassword),
                    pr::crypto::SigningError);
    CHECK_THROWS_AS(SigningCertificateRepository::store(db, audit, bytesOf(testCa().signerPkcs12()),
                                                        "not the password"),
                    pr::crypto::SigningError);
    CHECK_FALSE(SigningCertificateRepository::exists(db));
    CHECK(pr::storage::AuditTrail::all(db).isEmpty());
}

TEST_CASE_METHOD(CertificateFixture, "replacing and removing are audited without any secret",
                 "[certificate]")
{
    const pr::crypto::CertificateInfo first = storeSigner();
    storeSigner();
    CHECK(SigningCertificateRepository::remove(db, audit));
    CHECK_FALSE(SigningCertificateRepository::exists(db));
    CHECK_FALSE(SigningCertificateRepository::remove(db, audit));

    const QString audited = everythingAudited(db);
    CHECK(audited.contains(QString::fromStdString(first.sha256Fingerprint)));
    CHECK(audited.contains(QStringLiteral("signingCertificate")));
    CHECK_FALSE(audited.contains(QLatin1String(TestSigningCa::kPassword)));
    // Storing the same certificate again changes nothing the trail shows: two entries, the
    // import and the removal.
    CHECK(pr::storage::AuditTrail::all(db).size() == 2);
    CHECK_FALSE(pr::storage::AuditTrail::verify(db).has_value());
}

TEST_CASE_METHOD(CertificateFixture, "the JSON export leaves the certificate and password out",
                 "[certificate]")
{
    storeSigner();
    const QByteArray json =
        pr::core::json::toJsonDocument(pr::storage::RegisterTransfer::exportDocument(db))
            .toJson(QJsonDocument::Indented);
    CHECK_FALSE(json.contains(TestSigningCa::kPassword));
    CHECK_FALSE(json.contains(testCa().signerPkcs12().toBase64().left(40)));
    CHECK_FALSE(json.contains(testCa().signerPkcs12().toHex().left(40)));
    CHECK_FALSE(json.contains("pkcs12"));
}

TEST_CASE("a register of schema v2 gets the certificate table by migration 3", "[certificate]")
{
    pr::storage::SqliteDatabase db = pr::storage::SqliteDatabase::createEmpty();
    pr::storage::Migrations::migrate(db, QStringLiteral("v2"), 2);
    pr::storage::OrganisationRepository::setLegalName(db, QStringLiteral("Bitwerk Beheer B.V."));
    CHECK(db.scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'signing_certificate'") == 0);

    pr::storage::Migrations::migrate(db, QStringLiteral("v2"), 3);
    CHECK(db.userVersion() == 3);
    CHECK(pr::storage::OrganisationRepository::legalName(db) ==
          QStringLiteral("Bitwerk Beheer B.V."));
    CHECK_FALSE(SigningCertificateRepository::exists(db));

    // The repositories speak the latest schema (their audit entries too).
    pr::storage::Migrations::migrate(db, QStringLiteral("v2"));
    pr::core::FixedClock clock(QDateTime::fromSecsSinceEpoch(TestSigningCa::testNow(), Qt::UTC));
    const pr::storage::AuditContext audit{clock, QStringLiteral("jdevries")};
    SigningCertificateRepository::store(db, audit, bytesOf(testCa().signerPkcs12()),
                                        TestSigningCa::kPassword);
    CHECK(SigningCertificateRepository::exists(db));
    // One certificate per register: the table refuses a second row.
    CHECK_THROWS(db.exec(u"INSERT INTO signing_certificate (id, pkcs12, password, added_at) "
                         u"VALUES (2, x'01', x'', '2026-01-01T00:00:00.000Z')"));
}
