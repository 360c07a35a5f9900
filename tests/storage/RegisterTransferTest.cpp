#include "storage/transfer/RegisterTransfer.h"

#include "core/json/RegisterDocument.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RepositoryFixture.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <string>

using namespace pr::storage;
using pr::core::json::JsonIssue;
using pr::core::json::RegisterDocument;

namespace {

QByteArray exportBytes(const SqliteDatabase& db)
{
    return pr::core::json::toJsonDocument(RegisterTransfer::exportDocument(db))
        .toJson(QJsonDocument::Indented);
}

std::string describe(const QList<JsonIssue>& issues)
{
    std::string text;
    for (const JsonIssue& issue : issues) {
        text += (issue.path + QStringLiteral(": ") + issue.message).toStdString() + '\n';
    }
    return text;
}

} // namespace

TEST_CASE("The PDF the firm signed survives export and import byte for byte",
          "[transfer][agreement]")
{
    pr::test::RepositoryFixture f;
    pr::core::Organisation organisation = pr::test::sampleOrganisation();
    organisation.logoPng.clear(); // the samples are not real PNGs, which the import checks
    organisation.signaturePng.clear();
    OrganisationRepository::update(f.db, f.audit, organisation);
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 activity =
        ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity({client}));
    pr::core::Agreement agreement = pr::test::sampleAgreement(client, {activity});
    agreement.signingState = pr::core::SigningState::Countersigned;
    // The signed bytes with every byte value: one changed byte would break the signature.
    agreement.firmSignedPdf = QByteArray("%PDF-1.7\n");
    for (int byte = 0; byte < 256; ++byte) {
        agreement.firmSignedPdf.append(static_cast<char>(byte));
    }
    agreement.id = AgreementRepository::insert(f.db, f.audit, agreement);

    const QByteArray first = exportBytes(f.db);
    CHECK(first.contains(agreement.firmSignedPdf.toBase64()));
    RegisterDocument document;
    QList<JsonIssue> issues;
    const bool parsed = pr::core::json::parseRegisterDocument(first, document, issues);
    INFO(describe(issues));
    REQUIRE(parsed);
    CHECK(document.formatVersion == pr::core::json::kRegisterFormatVersion);

    pr::test::RepositoryFixture copy;
    RegisterTransfer::importDocument(copy.db, copy.audit, document);
    CHECK(AgreementRepository::find(copy.db, agreement.id) == agreement);
    CHECK(AuditTrail::verify(copy.db) == std::nullopt);
    CHECK(exportBytes(copy.db) == first);
}
