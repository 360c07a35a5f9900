// Every document of the demo register in every format, written to the build folder
// (build/…/document-samples) on every run, so that a reviewer can read what the templates
// make of the register; PR_DOCUMENT_SAMPLES_DIR puts them elsewhere.

#include "report/DocumentTestSupport.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;

namespace {

QString sampleFolder()
{
    const QString requested = qEnvironmentVariable("PR_DOCUMENT_SAMPLES_DIR");
    return requested.isEmpty() ? QStringLiteral(PR_BINARY_DIR "/document-samples") : requested;
}

void save(const QString& name, const QByteArray& bytes)
{
    QDir().mkpath(sampleFolder());
    QFile file(QDir(sampleFolder()).filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A made-up logo and a scanned signature, both on a transparent background as such files
// often are: the samples show how they come out on paper.
QByteArray png(int width, int height, const std::function<void(QPainter&)>& draw)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("samples of every document of the demo register", "[document][samples]")
{
    const pr::test::DemoRegister demo;
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Html}) {
        const QString suffix = format == DocumentFormat::Pdf ? u".pdf"_s : u".html"_s;
        save(u"privacyverklaring"_s + suffix,
             demo.render(pr::test::request(DocumentKind::PrivacyStatement, format)));
        save(u"verwerkingsregister"_s + suffix,
             demo.render(pr::test::request(DocumentKind::ProcessingRegister, format)));
        auto dpa = pr::test::request(DocumentKind::Dpa, format, pr::test::kZonnehoek);
        save(u"verwerkersovereenkomst"_s + suffix, demo.render(dpa));
        dpa.language = u"en"_s;
        save(u"verwerkersovereenkomst-en"_s + suffix, demo.render(dpa));
    }
    save(u"privacyverklaring.md"_s,
         demo.render(pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Markdown)));
}

TEST_CASE("samples of the DPA with the firm's logo and signature", "[document][samples]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.logoPng = png(360, 120, [](QPainter& painter) {
            painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRectF(10, 10, 100, 100), 20, 20);
            painter.setPen(QColor(0x1f, 0x5f, 0x8b));
            painter.setFont(QFont(u"DejaVu Sans"_s, 28, QFont::Bold));
            painter.drawText(QRectF(125, 10, 235, 100), Qt::AlignVCenter, u"Voorbeeld"_s);
        });
        firm.signaturePng = png(400, 160, [](QPainter& painter) {
            QPen pen(QColor(0x10, 0x20, 0x80));
            pen.setWidthF(4);
            painter.setPen(pen);
            QPainterPath path(QPointF(20, 110));
            path.cubicTo(80, 10, 120, 150, 180, 70);
            path.cubicTo(230, 20, 260, 140, 380, 60);
            painter.drawPath(path);
        });
        pr::storage::OrganisationRepository::update(db, audit, firm);
    });
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Html}) {
        const QString suffix = format == DocumentFormat::Pdf ? u".pdf"_s : u".html"_s;
        save(u"verwerkersovereenkomst-met-logo"_s + suffix,
             demo.render(pr::test::request(DocumentKind::Dpa, format, pr::test::kZonnehoek)));
    }
}
