#include "report/pdf/PdfDocumentWriter.h"

#include "report/ReportError.h"
#include "report/pdf/DocumentFonts.h"
#include "report/pdf/PageDecorator.h"
#include "report/pdf/PdfInfoRewriter.h"
#include "report/pdf/PdfPageGeometry.h"
#include "report/pdf/SelfContainedTextDocument.h"
#include "report/pdf/XmpPacket.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// Fine enough that rounding to device units never shows; text is vector output anyway.
constexpr int kResolution = 1200;

const QString kProducer = u"Qt "_s + QLatin1String(QT_VERSION_STR);

// Applies to every document before its own <style>; templates may override it.
QString defaultStyleSheet(const QString& family)
{
    return u"body { font-family: '%1'; }\n"
           "th { font-weight: bold; text-align: left; }\n"_s.arg(family);
}

} // namespace

PdfDocumentWriter::PdfDocumentWriter(PdfMetadata metadata, PageOptions options)
    : m_metadata(std::move(metadata))
    , m_options(std::move(options))
{}

QString PdfDocumentWriter::defaultFooterPattern()
{
    return tr("Page %1 of %2");
}

QByteArray PdfDocumentWriter::write(const QString& html) const
{
    const QString family = DocumentFonts::family();
    const PdfPageGeometry geometry(m_options, kResolution);
    const PageDecorator decorator(m_options, geometry, family,
                                  m_options.footerPattern.isEmpty() ? defaultFooterPattern()
                                                                    : m_options.footerPattern);

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(), QPageLayout::Millimeter));
        writer.setTitle(m_metadata.title);
        writer.setCreator(m_metadata.creator);
        writer.setDocumentXmpMetadata(XmpPacket::build(m_metadata, kProducer));

        SelfContainedTextDocument document;
        // Lay out with the PDF's metrics, so that point sizes mean points on paper.
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(family);
        font.setPointSizeF(m_options.fontSizePt);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(defaultStyleSheet(family));
        document.setDocumentMargin(0);
        document.setSelfContainedHtml(html);
        document.setPageSize(geometry.body().size());

        const int pageCount = document.pageCount();
        const qreal pageHeight = geometry.body().height();
        QPainter painter;
        if (!painter.begin(&writer)) {
            throw ReportError(tr("The PDF could not be started.").toStdString());
        }
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            decorator.paint(painter, page + 1, pageCount);
            painter.save();
            // The document is one long strip of pages; show this page's slice in the body.
            // A table cell whose lines continue on the next page is one block that Qt draws
            // whole on both pages; the clip hides the lines of the other page, but they stay
            // in the text layer outside the body (see PdfDocumentWriter.h).
            painter.translate(geometry.body().left(), geometry.body().top() - page * pageHeight);
            document.drawContents(
                &painter, QRectF(0, page * pageHeight, geometry.body().width(), pageHeight));
            painter.restore();
        }
        painter.end();
    }
    return PdfInfoRewriter::rewrite(pdf, m_metadata, kProducer);
}

} // namespace pr::report
