// Register text is text: a client or activity name with markup, a closing table cell, a
// Mustache tag, an ampersand, an emoji and right-to-left script prints as it is, in the HTML,
// the PDF and the Markdown, and the Bijlage 1 table keeps its seven columns.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;

namespace {

const QString kHostile = u"<b>Jansen</b> </td> {{x}} R&D 🥐 שלום"_s;
const QString kHostileEscaped =
    u"&lt;b&gt;Jansen&lt;/b&gt; &lt;/td&gt; {{x}} R&amp;D 🥐 שלום"_s;

// Client 1 and activity 1 (in client 1's Bijlage 1) and activity 11 (in the privacy
// statement) get the hostile text as their name and as one of their data categories.
void makeHostile(pr::test::DemoRegister& demo)
{
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto client = pr::storage::ClientRepository::find(db, 1).value();
        client.legalName = kHostile;
        pr::storage::ClientRepository::update(db, audit, client);
        for (const qint64 id : {1, 11}) {
            auto activity = pr::storage::ActivityRepository::find(db, id).value();
            activity.name = kHostile;
            activity.dataCategories.append(kHostile);
            pr::storage::ActivityRepository::update(db, audit, activity);
        }
    });
}

// The tables of HTML as Qt lays them out for the PDF.
QList<QTextTable*> tables(const QTextDocument& document)
{
    QList<QTextTable*> found;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            found.append(table);
        }
    }
    return found;
}

} // namespace

TEST_CASE("hostile names are escaped in the HTML and Bijlage 1 keeps seven columns",
          "[document][safety]")
{
    pr::test::DemoRegister demo;
    makeHostile(demo);
    const QString html = QString::fromUtf8(demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, pr::test::kZonnehoek)));
    CHECK(html.contains(kHostileEscaped));
    CHECK_FALSE(html.contains(u"<b>Jansen"_s));
    CHECK_FALSE(html.contains(u"</td> {{x}}"_s));

    // Every row of Bijlage 1 in the markup: seven cells.
    const qsizetype start = html.indexOf(u"id=\"bijlage-1\""_s);
    REQUIRE(start >= 0);
    const QString table = html.mid(start, html.indexOf(u"</table>"_s, start) - start);
    const QStringList rows = table.split(u"<tr>"_s).mid(1);
    REQUIRE(rows.size() == 1 + 8); // the header and the eight activities of the agreement
    for (const QString& row : rows) {
        CHECK(row.count(u"<td>"_s) + row.count(u"<th"_s) == 7);
    }

    // The same as Qt reads it for the PDF: the name is one cell of a seven-column table.
    QTextDocument document;
    document.setHtml(
        pr::report::DocumentRenderer(demo.db(), demo.clock(), pr::report::TemplateLibrary())
            .renderText(
                pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kZonnehoek)));
    bool seen = false;
    for (QTextTable* candidate : tables(document)) {
        const QTextTableCell header = candidate->cellAt(0, 0);
        if (header.firstCursorPosition().block().text() != u"Gegevensverwerking"_s) {
            continue;
        }
        seen = true;
        CHECK(candidate->columns() == 7);
        CHECK(candidate->rows() == 9);
        CHECK(candidate->cellAt(1, 0).firstCursorPosition().block().text() == kHostile);
    }
    CHECK(seen);
}

TEST_CASE("hostile names print literally in the PDF", "[document][safety]")
{
    pr::test::DemoRegister demo;
    makeHostile(demo);
    const pr::test::PdfFile pdf(demo.render(
        pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kZonnehoek)));
    const QString text = compact(pdf.pagesInReadingOrder(pr::test::bodyCropPt(true)).join(u' '));
    // In the parties block, the signature block and Bijlage 1.
    CHECK(text.count(compact(u"<b>Jansen</b> </td> {{x}} R&D"_s)) >= 3);
    CHECK((text.contains(u"שלום"_s) || text.contains(u"םולש"_s)));
    CHECK(pdf.info(u"Title"_s).contains(u"<b>Jansen</b> </td> {{x}} R&D"_s));
    // The table goes on after the hostile row: the next activity is still in its own row.
    CHECK(text.indexOf(compact(u"Back-up en herstel"_s),
                       text.indexOf(compact(u"Bijlage 1: Overzicht"_s))) > 0);
}

TEST_CASE("hostile names print literally in the Markdown", "[document][safety]")
{
    pr::test::DemoRegister demo;
    makeHostile(demo);
    const QString markdown = QString::fromUtf8(
        demo.render(pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Markdown)));
    // Backslash escapes: a Markdown renderer shows the characters, a site generator does not
    // see a Mustache tag, and no HTML passes through.
    const QString escaped = uR"(\<b\>Jansen\</b\> \</td\> \{\{x\}\} R\&D 🥐 שלום)"_s;
    CHECK(markdown.contains(u"### "_s + escaped));
    CHECK(markdown.contains(escaped));
    CHECK_FALSE(markdown.contains(u"<b>"_s));
}
