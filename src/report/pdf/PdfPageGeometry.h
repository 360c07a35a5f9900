#pragma once

#include "report/pdf/PageOptions.h"

#include <QRectF>

namespace pr::report {

// Where the header, the body and the footer go on an A4 page, in the PDF writer's device
// units (RESOLUTION dots per inch).
class PdfPageGeometry {
public:
    PdfPageGeometry(const PageOptions& options, int resolution);

    QRectF page() const { return m_page; }
    QRectF header() const { return m_header; } // empty when there is no header
    QRectF body() const { return m_body; }
    QRectF footer() const { return m_footer; }
    qreal footerLineHeight() const { return m_footerLineHeight; }
    qreal fromMm(qreal mm) const;

private:
    int m_resolution;
    QRectF m_page;
    QRectF m_header;
    QRectF m_body;
    QRectF m_footer;
    qreal m_footerLineHeight = 0;
};

} // namespace pr::report
