#include "gui/documents/PdfPrinting.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

#include <algorithm>

namespace pr::gui {

QString PdfPrinting::print(QPdfDocument& document, QPrinter& printer)
{
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0) {
        return tr("There is no document to print yet. Wait until the preview shows it.");
    }
    const int pageCount = document.pageCount();
    // QPrinter counts pages from 1; 0 means "all".
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last =
        printer.toPage() > 0 ? std::min(printer.toPage(), pageCount) - 1 : pageCount - 1;
    if (first > last) {
        return tr("The document has %n page(s); the pages asked for are not in it.", nullptr,
                  pageCount);
    }

    printer.setFullPage(true); // the PDF pages bring their own margins
    printer.setResolution(std::min(printer.resolution(), kMaxResolution));
    QPainter painter;
    if (!painter.begin(&printer)) {
        return tr("The printer could not be started. Check that it is switched on and "
                  "connected, then try again.");
    }
    const int dpi = printer.resolution();
    const QRectF paper = printer.pageLayout().fullRectPixels(dpi);
    for (int page = first; page <= last; ++page) {
        if (page > first && !printer.newPage()) {
            painter.end();
            return tr("The printer stopped after page %1.").arg(page);
        }
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = document.render(page, pixels);
        if (image.isNull()) {
            painter.end();
            return tr("Page %1 could not be prepared for printing.").arg(page + 1);
        }
        // Scaled to the paper, keeping its proportions, at the top left as on screen.
        const QSizeF fitted = QSizeF(pixels).scaled(paper.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(paper.topLeft(), fitted), image);
    }
    if (!painter.end()) {
        return tr("The document could not be sent to the printer.");
    }
    return {};
}

} // namespace pr::gui
