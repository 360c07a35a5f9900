#pragma once

#include "report/pdf/PageOptions.h"
#include "report/pdf/PdfMetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr::report {

// Turns a rendered document (HTML from TemplateRenderer) into an A4 PDF/A-1b file, in memory:
// nothing is written to disk, so no plaintext register content ends up there.
//
// The HTML is laid out in a QTextDocument on the page's body (the page minus margins, header
// and footer) and painted page by page, each page with its running header, footer and
// initials line (PageOptions). The text is set in the font compiled into the program
// (DocumentFonts), which the PDF embeds. Needs a QGuiApplication (the "offscreen" platform is
// enough); throws ReportError.
//
// What Qt 6.4 does and does not do here:
// - Metadata: QPdfWriter sets only title and creator, stamps the current time and, for
//   PDF/A, a random /ID. PdfInfoRewriter and XmpPacket add author and subject, take the date
//   from PdfMetadata::created (none if invalid) and derive the /ID from the content.
// - Determinism: the same input gives the same bytes within one process. Across processes the
//   two embedded fonts may be written in the other order (Qt keeps them in a QHash, whose seed
//   is random per process), so compare extracted text and page boxes, not bytes.
// - Tables: rows in <thead> repeat at the top of every page the table continues on. A row
//   that does not fit is continued on the next page line by line (no line is ever cut);
//   Qt moves a row whole only if none of its cells has a line left on the page. There is no
//   way to keep a row together: QTextFormat::PageBreak_AlwaysBefore inside a cell makes the
//   table layout loop, and QTextBlockFormat::nonBreakableLines and block margins in cells do
//   not change the table's pagination (tried). Keep rows short.
// - A table cell continued on the next page is one block that Qt draws whole on both pages;
//   the clip hides the other page's lines, but they remain in the text layer just outside
//   the body (a text search finds them twice).
// - Transparency: Qt 6.4's PDF/A mode already paints transparent images onto white; the logo
//   is flattened here anyway so that the result does not depend on that.
// - Images come only from data: URLs inside the HTML (SelfContainedTextDocument); nothing is
//   loaded from files or the network.
// - Characters the shipped font lacks (emoji, most non-Latin scripts except those DejaVu Sans
//   covers) fall back to the machine's fonts, or show as boxes when it has none.
class PdfDocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(pr::report::PdfDocumentWriter)

public:
    PdfDocumentWriter(PdfMetadata metadata, PageOptions options);

    QByteArray write(const QString& html) const;

    // "Page %1 of %2", translated: the footer when PageOptions::footerPattern is empty.
    static QString defaultFooterPattern();

private:
    PdfMetadata m_metadata;
    PageOptions m_options;
};

} // namespace pr::report
