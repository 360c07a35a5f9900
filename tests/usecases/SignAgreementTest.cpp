#include "usecases/signing/SignAgreement.h"

#include "UseCaseFixture.h"
#include "report/model/DpaDrift.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "support/TestSigningCa.h"
#include "usecases/signing/SigningCertificateChange.h"

#include <catch2/catch.hpp>

using pr::core::SigningState;
using pr::storage::AgreementRepository;
using pr::usecases::SignAgreement;
using pr::usecases::SigningCertificateChange;

namespace {

// Agreements of the demo register: 1 countersigned, 3 sent and not signed.
constexpr qint64 kCountersigned = 1;
constexpr qint64 kSent = 3;

pr::crypto::SecureBytes bytes(const QByteArray& data)
{
    return pr::crypto::SecureBytes(data.begin(), data.end());
}

void storeCertificate(const pr::test::UseCaseFixture& f)
{
    const auto change = SigningCertificateChange::store(
        *f.context,
        bytes(pr::test::readFile(pr::test::testCa().path(QStringLiteral("signer.p12")))),
        bytes(QByteArray(pr::test::TestSigningCa::kPassword)));
    REQUIRE_FALSE(change.error.has_value());
    REQUIRE(change.info.has_value());
}

} // namespace

TEST_CASE("Without a certificate nothing is signed and nothing changes", "[usecases][signing]")
{
    pr::test::UseCaseFixture f;
    const auto before = AgreementRepository::find(f.db(), kSent).value();
    CHECK_FALSE(SignAgreement::available(f.db()));
    const auto signedAgreement = SignAgreement::sign(*f.context, kSent);
    CHECK_FALSE(signedAgreement.ok());
    CHECK(signedAgreement.pdf.isEmpty());
    CHECK_FALSE(signedAgreement.step.result.message.isEmpty());
    CHECK(AgreementRepository::find(f.reopened()->database(), kSent) == before);
}

TEST_CASE("Signing records the firm's signature and keeps the signed PDF", "[usecases][signing]")
{
    pr::test::UseCaseFixture f;
    storeCertificate(f);
    const auto signedAgreement = SignAgreement::sign(*f.context, kSent);
    REQUIRE(signedAgreement.ok());
    CHECK(signedAgreement.pdf.startsWith("%PDF-"));
    const auto stored = AgreementRepository::find(f.reopened()->database(), kSent).value();
    CHECK(stored.signingState == SigningState::SignedByFirm);
    CHECK(stored.firmSignatory.date == f.today());
    CHECK_FALSE(stored.firmSignatory.name.isEmpty());
    CHECK(stored.firmSignedPdf == signedAgreement.pdf);
    // With what it says, to compare later registers with: unchanged right after signing.
    CHECK_FALSE(stored.signedContent.isEmpty());
    CHECK(pr::report::DpaDrift::check(f.db(), stored).status == pr::report::DpaDrift::Status::Same);

    // Once signed, not signed again; nor an agreement both parties signed long ago.
    CHECK_FALSE(SignAgreement::sign(*f.context, kSent).ok());
    const auto countersigned = AgreementRepository::find(f.db(), kCountersigned).value();
    CHECK_FALSE(SignAgreement::sign(*f.context, kCountersigned).ok());
    CHECK(AgreementRepository::find(f.db(), kCountersigned) == countersigned);
}

TEST_CASE("The certificate is chosen, refused with its reason, and removed through the use case",
          "[usecases][signing]")
{
    pr::test::UseCaseFixture f;
    const auto wrong = SigningCertificateChange::store(
        *f.context,
        bytes(pr::test::readFile(pr::test::testCa().path(QStringLiteral("signer.p12")))),
        bytes(QByteArray("not the password")));
    CHECK(wrong.result.refused());
    REQUIRE(wrong.error.has_value());
    CHECK(wrong.error->reason() == pr::crypto::SigningError::Reason::WrongPassword);
    CHECK_FALSE(SignAgreement::available(f.db()));

    storeCertificate(f);
    CHECK(SignAgreement::available(f.db()));
    const auto removed = SigningCertificateChange::remove(*f.context);
    CHECK(removed.removed);
    CHECK_FALSE(SignAgreement::available(f.reopened()->database()));
}
