// The PDF as a reader sees it (poppler-utils): text, running header and footer on every page,
// repeated table headers, metadata, embedded fonts, A4, and the same output for the same input.

#include "report/pdf/PdfDocumentWriter.h"

#include "report/PdfTestSupport.h"
#include "report/ReportError.h"
#include "report/template/TemplateRenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::PageOptions;
using pr::report::PdfDocumentWriter;
using pr::report::PdfMetadata;
using pr::report::TemplateRenderer;
using pr::test::PdfFile;

namespace {

constexpr int kRows = 120;
const QString kHostileName = u"<b>Jansen</b> </td> {{x}} R&D O'Brien \"q\" 🥐 שלום"_s;

const QString kTemplate = uR"(<html><body>
<h1>{{title}}</h1>
{{#intro}}<p>{{.}}</p>{{/intro}}
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>KOP-Nr</th><th>KOP-Verwerking</th><th>KOP-Grondslag</th></tr></thead>
<tbody>
{{#rows}}<tr><td>{{id}}</td><td>{{purpose}}</td><td>{{basis}}</td></tr>
{{/rows}}</tbody></table>
<p>SLOTZIN van het document.</p>
</body></html>)"_s;

QString rowId(int row)
{
    return u"rij-%1"_s.arg(row, 3, 10, QLatin1Char('0'));
}

// Every seventh row has a cell of three lines, to see that such a cell is never split.
QString longDocumentHtml()
{
    QVariantList rows;
    for (int row = 1; row <= kRows; ++row) {
        const QString id = rowId(row);
        const QString purpose = row == 5
                                    ? kHostileName
                                    : (row % 7 == 0 ? u"regelA-%1\nregelB-%1\nregelC-%1"_s.arg(id)
                                                    : u"Doel van verwerking %1"_s.arg(row));
        rows.append(QVariantMap{
            {u"id"_s, id}, {u"purpose"_s, purpose}, {u"basis"_s, u"Art. 6(1)(b) AVG"_s}});
    }
    QVariantList intro;
    for (int i = 0; i < 6; ++i) {
        intro.append(u"Inleidende alinea %1 met genoeg tekst om een paar regels te vullen, "
                     "zodat de tabel pas na de eerste helft van de pagina begint."_s.arg(i));
    }
    const QVariantMap viewModel{
        {u"title"_s, u"Verwerkersovereenkomst"_s}, {u"intro"_s, intro}, {u"rows"_s, rows}};
    QString html = TemplateRenderer().render(kTemplate, viewModel);
    // A line break inside a cell, as TrustedHtml::fromPlainText would make it.
    html.replace(u"\n"_s + u"regelB"_s, u"<br>regelB"_s).replace(u"\nregelC"_s, u"<br>regelC"_s);
    return html;
}

QByteArray transparentLogo()
{
    // A red disc on a transparent square: the corners must come out white, not black.
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setBrush(Qt::red);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(60, 10, 80, 80));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

PdfMetadata metadata()
{
    return {u"Verwerkersovereenkomst Acme"_s, u"Voorbeeld B.V."_s, u"AVG art. 28"_s,
            u"Privacyregister test"_s,
            QDateTime(QDate(2024, 5, 17), QTime(14, 30, 0), QTimeZone(7200))};
}

PageOptions dutchOptions()
{
    PageOptions options;
    options.headerText = u"Voorbeeld B.V. — vertrouwelijk"_s;
    options.logoPng = transparentLogo();
    options.footerPattern = u"Pagina %1 van %2"_s;
    options.initialsLine = u"Paraaf verwerker: ____   Paraaf verwerkingsverantwoordelijke: ____"_s;
    return options;
}

QByteArray longDocumentPdf()
{
    return PdfDocumentWriter(metadata(), dutchOptions()).write(longDocumentHtml());
}

const PdfFile& longDocument()
{
    static const PdfFile file(longDocumentPdf());
    return file;
}

} // namespace

TEST_CASE("every page has the running header, the initials line and Pagina X van Y", "[pdf]")
{
    const QStringList pages = longDocument().pages();
    REQUIRE(pages.size() >= 3);
    CHECK(longDocument().info(u"Pages"_s) == QString::number(pages.size()));
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(u"Voorbeeld B.V. — vertrouwelijk"_s));
        CHECK(pages[i].contains(u"Paraaf verwerker: ____"_s));
        CHECK(pages[i].contains(u"Paraaf verwerkingsverantwoordelijke: ____"_s));
        CHECK(pages[i].contains(u"Pagina %1 van %2"_s.arg(i + 1).arg(pages.size())));
    }
}

TEST_CASE("all content is in the PDF once, in order", "[pdf]")
{
    const QString text = longDocument().pages().join(u'\f');
    CHECK(text.contains(u"Verwerkersovereenkomst"_s));
    qsizetype previous = -1;
    for (int row = 1; row <= kRows; ++row) {
        INFO(rowId(row).toStdString());
        const qsizetype at = text.indexOf(rowId(row) + u' ');
        CHECK(at > previous);
        CHECK(text.count(rowId(row)) == (row % 7 == 0 ? 4 : 1));
        previous = at;
    }
    CHECK(text.indexOf(u"SLOTZIN"_s) > previous);
}

TEST_CASE("the table header row repeats on every page the table continues on", "[pdf]")
{
    const QStringList pages = longDocument().pages();
    int pagesWithRows = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const qsizetype firstRow = pages[i].indexOf(u"rij-"_s);
        if (firstRow < 0) {
            continue;
        }
        ++pagesWithRows;
        INFO("page " << i + 1);
        const qsizetype header = pages[i].indexOf(u"KOP-Verwerking"_s);
        CHECK(header >= 0);
        CHECK(header < firstRow);
        CHECK(pages[i].count(u"KOP-Verwerking"_s) == 1);
    }
    CHECK(pagesWithRows >= 3);
}

TEST_CASE("a row that does not fit continues on the next page line by line", "[pdf]")
{
    // Every row: a one-line cell beside a four-line one, so that page ends fall inside rows.
    // Qt 6.4 cannot keep a row together (see PdfDocumentWriter.h); what it does guarantee is
    // that no line is cut, lost or shown twice and that the next page starts with the header.
    QString html = u"<table border=\"1\" cellpadding=\"3\"><thead><tr><th>KOP-Nr</th>"
                   "<th>KOP-Tekst</th></tr></thead><tbody>"_s;
    constexpr int tallRows = 70;
    for (int row = 1; row <= tallRows; ++row) {
        html += u"<tr><td>nr-%1</td><td>a-%1<br>b-%1<br>c-%1<br>d-%1</td></tr>"_s.arg(row);
    }
    html += u"</tbody></table>"_s;
    const PdfFile tallPdf(PdfDocumentWriter(metadata(), dutchOptions()).write(html));
    // Only the body: Qt leaves clipped, invisible copies of a continued cell's lines outside.
    // With dutchOptions() it runs from 32 mm (margin, header, gap) to 267 mm (footer of two
    // lines, gap), i.e. from 90.7 pt to 756.9 pt.
    const QStringList pages = tallPdf.pages(QRect(0, 91, 595, 665));
    REQUIRE(pages.size() >= 3);
    const QString text = pages.join(u'\f');
    for (int row = 1; row <= tallRows; ++row) {
        INFO("row " << row);
        for (const QString& part : {u"nr"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
            const QRegularExpression line(u"\\b%1-%2\\b"_s.arg(part).arg(row));
            CHECK(text.count(line) == 1);
        }
    }
    const QRegularExpression anyRowLine(u"\\b(nr|a|b|c|d)-\\d+\\b"_s);
    for (int i = 1; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const qsizetype header = pages[i].indexOf(u"KOP-Tekst"_s);
        CHECK(header >= 0);
        CHECK(header < pages[i].indexOf(anyRowLine));
    }
}

TEST_CASE("hostile values print literally and leave the table intact", "[pdf]")
{
    const QString text = longDocument().pages().join(u'\f');
    QString line;
    for (const QString& candidate : text.split(u'\n')) {
        if (candidate.contains(rowId(5))) {
            line = candidate;
        }
    }
    INFO(line.toStdString());
    // The name is one cell between the row's number and its legal basis, on one line.
    CHECK(line.contains(u"<b>Jansen</b> </td> {{x}} R&D O'Brien \"q\""_s));
    CHECK(line.indexOf(rowId(5)) < line.indexOf(u"<b>Jansen"_s));
    CHECK(line.indexOf(u"R&D"_s) < line.indexOf(u"Art. 6(1)(b) AVG"_s));
    CHECK(text.contains(u"rij-006"_s));
}

TEST_CASE("metadata, PDF/A version and A4 pages", "[pdf]")
{
    const PdfFile& pdf = longDocument();
    CHECK(pdf.info(u"Title"_s) == u"Verwerkersovereenkomst Acme"_s);
    CHECK(pdf.info(u"Author"_s) == u"Voorbeeld B.V."_s);
    CHECK(pdf.info(u"Subject"_s) == u"AVG art. 28"_s);
    CHECK(pdf.info(u"Creator"_s) == u"Privacyregister test"_s);
    CHECK(pdf.info(u"Producer"_s).startsWith(u"Qt 6."_s));
    CHECK(pdf.info(u"PDF version"_s) == u"1.4"_s);
    CHECK(pdf.info(u"Page size"_s) == u"595 x 842 pts (A4)"_s);
    // pdfinfo shows the date in its own time zone; the day is unambiguous.
    CHECK(pdf.info(u"CreationDate"_s).contains(u"2024"_s));

    QProcess meta;
    meta.start(u"pdfinfo"_s, {u"-meta"_s, pdf.path()});
    REQUIRE(meta.waitForFinished());
    const QString xmp = QString::fromUtf8(meta.readAllStandardOutput());
    CHECK(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
    CHECK(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
    CHECK(xmp.contains(u"<rdf:li>Voorbeeld B.V.</rdf:li>"_s));
    CHECK(xmp.contains(u"<xmp:CreateDate>2024-05-17T14:30:00+02:00</xmp:CreateDate>"_s));
}

TEST_CASE("the fonts are the shipped DejaVu Sans, embedded", "[pdf]")
{
    const QStringList fonts = longDocument().fonts();
    REQUIRE(!fonts.isEmpty());
    bool bold = false;
    for (const QString& font : fonts) {
        INFO(font.toStdString());
        const QStringList columns = font.simplified().split(u' ');
        // name type encoding emb sub uni object ID: the type may be two words.
        REQUIRE(columns.size() >= 8);
        CHECK(columns[0].contains(u"DejaVuSans"_s));
        CHECK(columns[columns.size() - 5] == u"yes"_s);
        bold = bold || columns[0].contains(u"Bold"_s);
    }
    CHECK(bold);
}

TEST_CASE("the same input gives the same text, pages and bytes", "[pdf]")
{
    const QByteArray first = longDocumentPdf();
    const QByteArray second = longDocumentPdf();
    const PdfFile a(first);
    const PdfFile b(second);
    CHECK(a.pages() == b.pages());
    CHECK(a.pageBoxes() == b.pageBoxes());
    CHECK(a.pageBoxes().size() >= 3 * 5);
    // Also byte for byte within one process: no clock, no random /ID (PdfInfoRewriter).
    CHECK(first == second);
}

TEST_CASE("a transparent logo is flattened onto white", "[pdf]")
{
    QTemporaryDir dir;
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-r"_s, u"72"_s, u"-png"_s,
                                 longDocument().path(), dir.filePath(u"page"_s)});
    REQUIRE(render.waitForFinished());
    const QImage page(dir.filePath(u"page-1.png"_s));
    REQUIRE(!page.isNull());
    // The logo's box starts at the margins (20 mm, 15 mm) and is 12 mm high, 24 mm wide;
    // its corners are transparent in the PNG and the red disc is in the middle.
    const auto at = [&](qreal xMm, qreal yMm) {
        return page.pixelColor(qRound(xMm / 25.4 * 72), qRound(yMm / 25.4 * 72));
    };
    // Rendering may shade white by a step or two.
    const auto white = [](const QColor& colour) {
        return colour.red() > 245 && colour.green() > 245 && colour.blue() > 245;
    };
    CHECK(white(at(21, 16)));
    CHECK(white(at(43, 26)));
    const QColor middle = at(32, 21);
    CHECK(middle.red() > 200);
    CHECK(middle.green() < 60);
}

TEST_CASE("the footer is English by default and the header band is optional", "[pdf]")
{
    PageOptions options;
    const QByteArray pdf =
        PdfDocumentWriter(PdfMetadata{u"T"_s, {}, {}, {}, {}}, options).write(u"<p>Hello</p>"_s);
    const QStringList pages = PdfFile(pdf).pages();
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].contains(u"Hello"_s));
    CHECK(pages[0].contains(u"Page 1 of 1"_s));
    CHECK(PdfFile(pdf).info(u"CreationDate"_s).isEmpty());
}

TEST_CASE("a logo that is not an image is refused", "[pdf]")
{
    PageOptions options;
    options.logoPng = "not a png";
    CHECK_THROWS_AS(PdfDocumentWriter(PdfMetadata(), options).write(u"<p>x</p>"_s),
                    pr::report::ReportError);
}
