// The DPA is made per client: that client's parties block, agreement parameters, Bijlage 1
// (and nothing of another client's), sub-processors and signatures; every page carries the
// running header, "Pagina X van Y" and the initials line; the PDF's metadata; the English DPA.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/ReportError.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/DpaModel.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;
using pr::test::PdfFile;

namespace {

QByteArray dpaPdf(const pr::test::DemoRegister& demo, qint64 client)
{
    return demo.render(pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, client));
}

// The compact text of Bijlage 1: from its heading to that of Bijlage 2.
QString annex1(const QString& compactText)
{
    const qsizetype start = compactText.indexOf(compact(u"Bijlage 1: Overzicht"_s));
    const qsizetype end = compactText.indexOf(compact(u"Bijlage 2: Beveiligingsmaatregelen"_s));
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    return compactText.mid(start, end - start);
}

QString printHtml(const pr::test::DemoRegister& demo, qint64 client)
{
    return pr::report::DocumentRenderer(demo.db(), demo.clock(), pr::report::TemplateLibrary())
        .renderText(pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, client));
}

QString cellText(const QTextTable* table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n').trimmed();
}

// The table whose first header cell is "Gegevensverwerking".
const QTextTable* annex1Table(const QTextDocument& document)
{
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        const auto* table = qobject_cast<QTextTable*>(frame);
        if (table != nullptr && cellText(table, 0, 0) == u"Gegevensverwerking"_s) {
            return table;
        }
    }
    return nullptr;
}

QStringList annex1Names(const pr::test::DemoRegister& demo, qint64 client)
{
    QTextDocument document;
    document.setHtml(printHtml(demo, client));
    const QTextTable* table = annex1Table(document);
    REQUIRE(table != nullptr);
    QStringList names;
    for (int row = 1; row < table->rows(); ++row) {
        names.append(cellText(table, row, 0));
    }
    return names;
}

QString annex3(const QString& compactText)
{
    const qsizetype start = compactText.indexOf(compact(u"Bijlage 3: Subverwerkers"_s));
    REQUIRE(start >= 0);
    return compactText.mid(start);
}

QByteArray signaturePng()
{
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int x = 20; x < 280; ++x) {
        image.setPixelColor(x, 50 + (x % 40) - 20, Qt::blue);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

TEST_CASE("Bijlage 1 holds exactly the activities of that client's agreement", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    // As Qt lays out the table for the PDF: the first column of each row, in the order of the
    // agreement (Zonnehoek: activities 1-6, 9, 10; Lindeboom: 1-6, 8, 10; resources/demo).
    const QStringList shared{u"Beheer op afstand"_s,
                             u"Back-up en herstel"_s,
                             u"E-mailhosting"_s,
                             u"Werkplekbeheer"_s,
                             u"Helpdesk en storingsmeldingen"_s,
                             u"Bewaking van systemen"_s};
    CHECK(annex1Names(demo, pr::test::kZonnehoek) ==
          shared + QStringList{u"Reparatie van apparatuur"_s, u"Beheer van Microsoft 365"_s});
    CHECK(annex1Names(demo, pr::test::kLindeboom) ==
          shared + QStringList{u"Migraties"_s, u"Beheer van Microsoft 365"_s});

    // And in the PDF itself, by words that no other activity of Bijlage 1 uses.
    const QString zonnehoek = annex1(pr::test::compactBodyText(dpaPdf(demo, 1), true));
    const QString lindeboom = annex1(pr::test::compactBodyText(dpaPdf(demo, 2), true));
    CHECK(zonnehoek.contains(u"Reparatie"_s));
    CHECK_FALSE(zonnehoek.contains(u"Migraties"_s));
    CHECK(lindeboom.contains(u"Migraties"_s));
    CHECK_FALSE(lindeboom.contains(u"Reparatie"_s));
    for (const QString& other : {u"Webhosting"_s, u"Klantadministratie"_s, u"Nieuwsbrief"_s}) {
        CHECK_FALSE(zonnehoek.contains(other));
        CHECK_FALSE(lindeboom.contains(other));
    }
    for (const QString& both : {u"E-mailhosting"_s, u"Werkplekbeheer"_s}) {
        CHECK(zonnehoek.contains(both));
        CHECK(lindeboom.contains(both));
    }
}

TEST_CASE("Bijlage 1 has the seven columns of a verwerkersovereenkomst", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    QTextDocument document;
    document.setHtml(printHtml(demo, pr::test::kZonnehoek));
    const QTextTable* table = annex1Table(document);
    REQUIRE(table != nullptr);
    REQUIRE(table->columns() == 7);
    QStringList headers;
    for (int column = 0; column < 7; ++column) {
        headers.append(cellText(table, 0, column));
    }
    CHECK(headers == QStringList{u"Gegevensverwerking"_s, u"Doel verwerking"_s,
                                 u"Soort persoonsgegevens"_s, u"Type medewerker (per functie)"_s,
                                 u"Verwerkingshandelingen (per functie)"_s, u"Type betrokkene"_s,
                                 u"Bewaartermijn"_s});
    // The header row is the table's header, which Qt repeats on every page.
    CHECK(table->format().headerRowCount() == 1);
    // Row "Back-up en herstel": its staff and their operations per function, and its period.
    CHECK(cellText(table, 2, 3) == u"Systeembeheerder"_s);
    CHECK(cellText(table, 2, 4).startsWith(u"Systeembeheerder: back-up maken"_s));
    CHECK(cellText(table, 2, 6).startsWith(u"90 dagen na verkrijging."_s));
}

TEST_CASE("the view model of the DPA follows the agreement's list", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    const QVariantMap model = pr::report::DpaModel::build(
        demo.db(), pr::test::kTrapkracht, 0, pr::report::DocumentContext{QDate(2026, 11, 21)},
        pr::report::DocumentLanguage::dutch());
    QStringList names;
    for (const QVariant& activity : model.value(u"activities"_s).toList()) {
        names.append(activity.toMap().value(u"name"_s).toString());
    }
    // Agreement 4 lists activities 1, 2, 5, 6, 7 in that order.
    CHECK(names == QStringList{u"Beheer op afstand"_s, u"Back-up en herstel"_s,
                               u"Helpdesk en storingsmeldingen"_s, u"Bewaking van systemen"_s,
                               u"Webhosting"_s});
    QStringList subProcessors;
    for (const QVariant& sub : model.value(u"subProcessors"_s).toList()) {
        subProcessors.append(sub.toMap().value(u"name"_s).toString());
    }
    // Nordpost serves only e-mail hosting, which Trapkracht does not get.
    CHECK_FALSE(subProcessors.contains(u"Nordpost Mail AB"_s));
    CHECK(subProcessors.contains(u"Polderhost Datacenters B.V."_s));
    CHECK(subProcessors.size() == 4);
}

TEST_CASE("each client's DPA carries that client's agreement parameters", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    const QString buurtwerk = pr::test::compactBodyText(dpaPdf(demo, 3), true);
    CHECK(buurtwerk.contains(compact(u"Stichting Buurtwerk Oostwijk"_s)));
    CHECK(buurtwerk.contains(compact(u"binnen 48 uur nadat hij het heeft ontdekt"_s)));
    CHECK(buurtwerk.contains(compact(u"binnen 60 dagen"_s)));
    CHECK(buurtwerk.contains(compact(u"1 januari 2027"_s)));
    CHECK(buurtwerk.contains(compact(u"beperkt tot € 50.000 per gebeurtenis"_s)));
    CHECK(buurtwerk.contains(compact(u"“Dienstverleningsovereenkomst ICT"_s)));
    // No audit limit was agreed with Buurtwerk.
    CHECK_FALSE(buurtwerk.contains(compact(u"ten hoogste eenmaal per"_s)));
    CHECK_FALSE(buurtwerk.contains(compact(u"Tandartspraktijk Zonnehoek"_s)));

    const QString trapkracht = pr::test::compactBodyText(dpaPdf(demo, 4), true);
    CHECK(trapkracht.contains(compact(u"binnen 36 uur"_s)));
    CHECK(trapkracht.contains(compact(u"ten minste 14 dagen vooraf"_s)));
    CHECK(trapkracht.contains(compact(u"voor een periode van 12 maanden"_s)));
    CHECK(trapkracht.contains(compact(u"1 februari 2027"_s)));
    CHECK(trapkracht.contains(compact(u"geen beperking van de aansprakelijkheid"_s)));
    CHECK_FALSE(annex3(trapkracht).contains(compact(u"Nordpost"_s)));
}

TEST_CASE("every page of the DPA has the header, Pagina X van Y and the initials line",
          "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    const PdfFile pdf(dpaPdf(demo, 1));
    const QStringList pages = pdf.pages();
    REQUIRE(pages.size() >= 5);
    CHECK(pdf.info(u"Pages"_s) == QString::number(pages.size()));
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(u"Voorbeeld IT-beheer B.V."_s));
        CHECK(pages[i].contains(u"Pagina %1 van %2"_s.arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(u"Paraaf verwerker:"_s));
        CHECK(pages[i].contains(u"Paraaf verwerkingsverantwoordelijke:"_s));
    }
}

TEST_CASE("the DPA's PDF carries title, author, subject and creator; A4, PDF/A-1b",
          "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    const PdfFile pdf(dpaPdf(demo, 1));
    CHECK(pdf.info(u"Title"_s) ==
          u"Verwerkersovereenkomst Voorbeeld IT-beheer B.V. – Tandartspraktijk Zonnehoek B.V."_s);
    CHECK(pdf.info(u"Author"_s) == u"Voorbeeld IT-beheer B.V."_s);
    CHECK(pdf.info(u"Subject"_s).contains(u"artikel 28, derde lid"_s));
    CHECK(pdf.info(u"Creator"_s).startsWith(u"Privacyregister "_s));
    CHECK(pdf.info(u"Page size"_s) == u"595 x 842 pts (A4)"_s);
    CHECK(pdf.info(u"CreationDate"_s).contains(u"2026"_s));
    QProcess meta;
    meta.start(u"pdfinfo"_s, {u"-meta"_s, pdf.path()});
    REQUIRE(meta.waitForFinished());
    const QString xmp = QString::fromUtf8(meta.readAllStandardOutput());
    CHECK(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
    CHECK(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
}

TEST_CASE("the Bijlage 1 header row repeats on every page the table continues on",
          "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    const QStringList pages =
        PdfFile(dpaPdf(demo, 1)).pagesInReadingOrder(pr::test::bodyCropPt(true));
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString text = compact(pages[i]);
        if (text.contains(compact(u"Bijlage 1: Overzicht"_s))) {
            first = i;
        }
        if (text.contains(compact(u"Bijlage 2: Beveiligingsmaatregelen"_s))) {
            last = i - 1;
        }
    }
    REQUIRE(first >= 0);
    REQUIRE(last > first); // the demo's table takes more than one page
    for (qsizetype i = first; i <= last; ++i) {
        INFO("page " << i + 1);
        // A header cell that stays on one line in its narrow column.
        CHECK(compact(pages[i]).contains(u"Typebetrokkene"_s));
    }
}

TEST_CASE("the firm's signature image is shown above its representative's name only",
          "[document][dpa]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.signaturePng = signaturePng();
        pr::storage::OrganisationRepository::update(db, audit, firm);
    });
    const QByteArray html = demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, pr::test::kZonnehoek));
    CHECK(html.contains(R"(<img src="data:image/png;base64,)"));
    CHECK(html.contains(R"(alt="M. de Boer")"));

    const PdfFile pdf(dpaPdf(demo, pr::test::kZonnehoek));
    int images = 0;
    const int pageCount = pdf.info(u"Pages"_s).toInt();
    for (int page = 1; page <= pageCount; ++page) {
        images += pdf.imageCount(page);
    }
    CHECK(images == 1);

    // Someone else signs for the firm: no scanned signature of the representative.
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto agreement = pr::storage::AgreementRepository::find(db, 1).value();
        agreement.firmSignatory.name = u"J. Adjunct"_s;
        pr::storage::AgreementRepository::update(db, audit, agreement);
    });
    const QByteArray other = demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, pr::test::kZonnehoek));
    CHECK_FALSE(other.contains("data:image/png"));
    CHECK(other.contains("Naam: J. Adjunct"));
}

TEST_CASE("the English DPA is English throughout, also in a Dutch program", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kZonnehoek);
    request.language = u"en"_s;
    const PdfFile pdf(demo.render(request));
    const QStringList pages = pdf.pages();
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(u"Initials processor:"_s));
    }
    const QString text = compact(pages.join(u' '));
    for (const QString& phrase :
         {u"Data processing agreement"_s, u"hereinafter: the Controller"_s, u"1 March 2025"_s,
          u"within 24 hours after discovering it"_s, u"Annex 1: Overview of the processing"_s,
          u"Technical measures"_s, u"Standard contractual clauses (SCC)"_s,
          u"no more than once every 12 months"_s}) {
        INFO(phrase.toStdString());
        CHECK(text.contains(compact(phrase)));
    }
    CHECK_FALSE(text.contains(compact(u"Technische maatregelen"_s)));
    CHECK(pdf.info(u"Title"_s).startsWith(u"Data processing agreement"_s));
}

TEST_CASE("a DPA needs a client that exists and has an agreement", "[document][dpa]")
{
    pr::test::DemoRegister demo;
    CHECK_THROWS_AS(demo.render(pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 99)),
                    pr::storage::MissingRecordError);
    CHECK_THROWS_AS(demo.render(pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 0)),
                    pr::report::ReportError);
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        pr::storage::AgreementRepository::remove(db, audit, 4);
    });
    CHECK_THROWS_AS(demo.render(pr::test::request(DocumentKind::Dpa, DocumentFormat::Html,
                                                  pr::test::kTrapkracht)),
                    pr::report::ReportError);
    auto wrongAgreement =
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, pr::test::kZonnehoek);
    wrongAgreement.agreementId = 2;
    CHECK_THROWS_AS(demo.render(wrongAgreement), pr::report::ReportError);
}
