// The paper path of issue 7, item 5: a user without a certificate prints the DPA with the
// firm's signature image and lines for the client to fill in by hand, and once the client's
// signature is recorded, the printed DPA carries its date and place. Read with pdftotext.

#include "core/workflow/AgreementWorkflow.h"
#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/model/DpaDrift.h"
#include "storage/audit/AuditAnchor.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QBuffer>
#include <QImage>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::normalised;
using pr::test::PdfFile;

namespace {

constexpr qint64 kBuurtwerkAgreement = 3; // sent on 16 November 2026, nobody signed yet
const QString kLine = u"____________________"_s;

QByteArray signatureImage()
{
    QImage image(300, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 20; x < 280; ++x) {
        image.setPixelColor(x, 50 + (x % 30) - 15, Qt::darkBlue);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The signature page's text, white space collapsed: from "Ondertekening" to Bijlage 1.
QString signaturePage(const QByteArray& pdf)
{
    const QString text =
        normalised(PdfFile(pdf).pagesInReadingOrder(pr::test::bodyCropPt(true)).join(u' '));
    const qsizetype start = text.indexOf(u"Aldus overeengekomen"_s);
    const qsizetype end = text.indexOf(u"Bijlage 1: Overzicht"_s, start);
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    return text.mid(start, end - start);
}

int imagesIn(const QByteArray& pdf)
{
    const PdfFile file(pdf);
    int images = 0;
    const int pages = file.info(u"Pages"_s).toInt();
    for (int page = 1; page <= pages; ++page) {
        images += file.imageCount(page);
    }
    return images;
}

} // namespace

TEST_CASE("A DPA printed before the client signed has the firm's signature and empty lines for "
          "the client",
          "[document][dpa][signing]")
{
    pr::test::DemoRegister demo;
    const pr::core::AgreementWorkflow workflow(demo.clock());
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.signaturePng = signatureImage();
        pr::storage::OrganisationRepository::update(db, audit, firm);
        // Signed by us (the representative) before printing: the image goes above the name.
        auto agreement = pr::storage::AgreementRepository::find(db, kBuurtwerkAgreement).value();
        pr::core::AgreementStepDetails us;
        us.signatory.place = u"Utrecht"_s;
        auto result =
            workflow.apply(agreement, pr::core::AgreementStep::SignByFirm, QDate(2026, 11, 18), us);
        REQUIRE(result.ok());
        // What it says is kept at signing (usecases::AgreementSteps): a later print of the same
        // content shows the signatures; of changed content, the draft of a new version.
        result.record->signedContent = pr::report::DpaDrift::currentContent(db, *result.record);
        pr::storage::AgreementRepository::update(db, audit, *result.record);
    });

    const QByteArray pdf = demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kBuurtwerk));
    const QString page = signaturePage(pdf);
    INFO(page.toStdString());
    // The client's column: name and function known, date and place to be written by hand.
    CHECK(page.contains(u"Naam: W. Smits"_s));
    CHECK(page.contains(u"Datum: "_s + kLine));
    CHECK(page.contains(u"Plaats: "_s + kLine));
    CHECK(page.contains(u"Handtekening: ______________________"_s));
    // The firm's column: filled in, with the signature image (the only image of the DPA).
    CHECK(page.contains(u"Datum: 18 november 2026"_s));
    CHECK(page.contains(u"Plaats: Utrecht"_s));
    CHECK(page.count(u"Datum: "_s + kLine) == 1);
    CHECK(page.count(u"Plaats: "_s + kLine) == 1);
    CHECK(imagesIn(pdf) == 1);

    // Signed on paper and recorded: the next print shows the client's date and place.
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto agreement = pr::storage::AgreementRepository::find(db, kBuurtwerkAgreement).value();
        pr::core::AgreementStepDetails client;
        client.onPaper = true;
        client.signatory.place = u"Oostwijk"_s;
        const auto result = workflow.apply(agreement, pr::core::AgreementStep::Countersign,
                                           QDate(2026, 11, 20), client);
        REQUIRE(result.ok());
        pr::storage::AgreementRepository::update(db, audit, *result.record);
    });
    const QString signedPage = signaturePage(demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kBuurtwerk)));
    CHECK(signedPage.contains(u"Datum: 20 november 2026"_s));
    CHECK(signedPage.contains(u"Plaats: Oostwijk"_s));
    CHECK_FALSE(signedPage.contains(u"Datum: "_s + kLine));
    CHECK_FALSE(signedPage.contains(u"Plaats: "_s + kLine));
}

TEST_CASE("A DPA rendered to be signed digitally shows the day it is signed and the firm's city",
          "[document][dpa][signing]")
{
    pr::test::DemoRegister demo;
    // A head whose hash holds "ff", which a proportional font would print as one ligature
    // glyph: a reader who copies the hash from the PDF must get the letters. The hashes are
    // salted at random, so entries are added until one does (about one in four).
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (pr::storage::AuditAnchorFile::headOf(demo.db())->hashHex().contains(u"ff"_s)) {
            break;
        }
        demo.write(
            [attempt](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
                pr::core::Organisation firm = *pr::storage::OrganisationRepository::find(db);
                firm.phone = u"030 123 45 %1"_s.arg(attempt);
                pr::storage::OrganisationRepository::update(db, audit, firm);
            });
    }
    REQUIRE(pr::storage::AuditAnchorFile::headOf(demo.db())->hashHex().contains(u"ff"_s));
    auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kBuurtwerk);

    // Nobody signed agreement 3 yet: without the date, the firm's date and place are lines.
    const QString unsignedPage = signaturePage(demo.render(request));
    CHECK(unsignedPage.count(u"Datum: "_s + kLine) == 2);

    request.firmSignsOn = QDate(2026, 11, 21);
    const QString page = signaturePage(demo.render(request));
    INFO(page.toStdString());
    CHECK(page.contains(u"Datum: 21 november 2026"_s));
    CHECK(page.contains(u"Plaats: Utrecht"_s));
    // The client's column still waits for the client.
    CHECK(page.count(u"Datum: "_s + kLine) == 1);
    CHECK(page.count(u"Plaats: "_s + kLine) == 1);
    // The audit trail as it stands, to check a later register against (docs/security.md).
    const auto head = pr::storage::AuditAnchorFile::headOf(demo.db());
    REQUIRE(head);
    CHECK(page.contains(u"het logboek van wijzigingen loopt tot en met regel %1, met "
                        u"SHA-256-hash %2."_s.arg(head->entryId)
                            .arg(head->hashHex())));
    CHECK_FALSE(unsignedPage.contains(u"SHA-256"_s));

    // The English DPA says the same in English.
    request.language = u"en"_s;
    const QString english = normalised(
        PdfFile(demo.render(request)).pagesInReadingOrder(pr::test::bodyCropPt(true)).join(u' '));
    CHECK(english.contains(u"its audit trail runs up to and including entry %1, with SHA-256 "
                           u"hash %2."_s.arg(head->entryId)
                               .arg(head->hashHex())));
}
