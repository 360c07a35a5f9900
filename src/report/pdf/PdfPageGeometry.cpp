#include "report/pdf/PdfPageGeometry.h"

#include <QPageSize>

namespace pr::report {

namespace {

constexpr qreal kHeaderHeightMm = 12.0;
constexpr qreal kFooterLineMm = 5.0;
// Between the header or footer and the text, so that a rule does not touch the body.
constexpr qreal kGapMm = 5.0;

} // namespace

PdfPageGeometry::PdfPageGeometry(const PageOptions& options, int resolution)
    : m_resolution(resolution)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    m_page = QRectF(0, 0, fromMm(a4.width()), fromMm(a4.height()));
    const QRectF inner =
        m_page.adjusted(fromMm(options.marginsMm.left()), fromMm(options.marginsMm.top()),
                        -fromMm(options.marginsMm.right()), -fromMm(options.marginsMm.bottom()));

    const bool hasHeader = !options.headerText.isEmpty() || !options.logoPng.isEmpty();
    const qreal headerHeight = hasHeader ? fromMm(kHeaderHeightMm) : 0.0;
    m_header = QRectF(inner.left(), inner.top(), inner.width(), headerHeight);

    m_footerLineHeight = fromMm(kFooterLineMm);
    const int footerLines =
        1 + (options.initialsLine.isEmpty() ? 0 : 1) + (options.draftMark.isEmpty() ? 0 : 1);
    const qreal footerHeight = footerLines * m_footerLineHeight;
    m_footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);

    const qreal bodyTop = inner.top() + (hasHeader ? headerHeight + fromMm(kGapMm) : 0.0);
    const qreal bodyBottom = m_footer.top() - fromMm(kGapMm);
    m_body = QRectF(inner.left(), bodyTop, inner.width(), bodyBottom - bodyTop);
}

qreal PdfPageGeometry::fromMm(qreal mm) const
{
    return mm / 25.4 * m_resolution;
}

} // namespace pr::report
