#pragma once

#include <QByteArray>
#include <QMarginsF>
#include <QString>

namespace pr::report {

// How every page of a PDF looks around the document's own content. The page is always A4
// portrait.
struct PageOptions {
    // Left, top, right, bottom, in millimetres, from the paper's edge to the header, footer
    // and text.
    QMarginsF marginsMm{20.0, 15.0, 20.0, 15.0};
    // Running header: text at the right, the logo (PNG; flattened onto white, since PDF/A-1b
    // has no transparency) at the left. Neither: no header band.
    QString headerText;
    QByteArray logoPng;
    // Footer: "%1" is the page number, "%2" the number of pages. Empty: the translatable
    // default of PdfDocumentWriter::defaultFooterPattern() ("Page %1 of %2").
    QString footerPattern;
    // Printed above the page number on every page when not empty, e.g.
    // "Paraaf verwerker: ____   Paraaf verwerkingsverantwoordelijke: ____".
    QString initialsLine;
    // Printed in bold as the footer's first line on every page when not empty: what the
    // document is not, e.g. "CONCEPT van een nieuwe versie – niet ondertekend" on the current
    // state of a signed agreement, so that no page of it passes for the signed one.
    QString draftMark;
    // The document's default font size; headings and tables follow from the HTML.
    qreal fontSizePt = 10.0;
};

} // namespace pr::report
