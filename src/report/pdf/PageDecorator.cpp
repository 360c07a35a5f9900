#include "report/pdf/PageDecorator.h"

#include "report/ReportError.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace pr::report {

namespace {

constexpr qreal kDecorationFontPt = 8.0;
constexpr qreal kRuleWidthPt = 0.5;
const QColor kRuleColour(0x80, 0x80, 0x80);

} // namespace

PageDecorator::PageDecorator(const PageOptions& options, const PdfPageGeometry& geometry,
                             const QString& fontFamily, const QString& footerPattern)
    : m_options(options)
    , m_geometry(geometry)
    , m_footerPattern(footerPattern)
    , m_font(fontFamily)
{
    m_font.setPointSizeF(kDecorationFontPt);
    if (!options.logoPng.isEmpty()) {
        m_logo = flattenedOnWhite(options.logoPng);
    }
}

void PageDecorator::paint(QPainter& painter, int page, int pageCount) const
{
    painter.save();
    painter.setFont(m_font);
    painter.setPen(Qt::black);
    if (!m_geometry.header().isEmpty()) {
        paintHeader(painter);
    }
    paintFooter(painter, page, pageCount);
    painter.restore();
}

void PageDecorator::paintHeader(QPainter& painter) const
{
    const QRectF band = m_geometry.header();
    qreal textLeft = band.left();
    if (!m_logo.isNull()) {
        const qreal height = band.height();
        const qreal width = height * m_logo.width() / m_logo.height();
        const QRectF target(band.left(), band.top(), qMin(width, band.width() / 2), height);
        painter.drawImage(target, m_logo);
        textLeft = target.right() + m_geometry.fromMm(4.0);
    }
    const QRectF textRect(textLeft, band.top(), band.right() - textLeft, band.height());
    const QFontMetricsF metrics(m_font, painter.device());
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(m_options.headerText, Qt::ElideRight, textRect.width()));

    QPen rule(kRuleColour);
    rule.setWidthF(m_geometry.fromMm(kRuleWidthPt * 25.4 / 72.0));
    painter.setPen(rule);
    painter.drawLine(QPointF(band.left(), band.bottom() + m_geometry.fromMm(1.5)),
                     QPointF(band.right(), band.bottom() + m_geometry.fromMm(1.5)));
    painter.setPen(Qt::black);
}

void PageDecorator::paintFooter(QPainter& painter, int page, int pageCount) const
{
    const QRectF band = m_geometry.footer();
    QPen rule(kRuleColour);
    rule.setWidthF(m_geometry.fromMm(kRuleWidthPt * 25.4 / 72.0));
    painter.setPen(rule);
    painter.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    painter.setPen(Qt::black);

    const QFontMetricsF metrics(m_font, painter.device());
    const qreal lineHeight = m_geometry.footerLineHeight();
    QRectF line(band.left(), band.top(), band.width(), lineHeight);
    if (!m_options.draftMark.isEmpty()) {
        QFont bold = m_font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold, painter.device())
                             .elidedText(m_options.draftMark, Qt::ElideRight, line.width()));
        painter.setFont(m_font);
        line.translate(0, lineHeight);
    }
    if (!m_options.initialsLine.isEmpty()) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_options.initialsLine, Qt::ElideRight, line.width()));
        line.translate(0, lineHeight);
    }
    const QString pageText =
        QString(m_footerPattern).arg(QString::number(page), QString::number(pageCount));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
}

QImage PageDecorator::flattenedOnWhite(const QByteArray& png)
{
    const QImage logo = QImage::fromData(png);
    if (logo.isNull()) {
        throw ReportError(tr("The logo is not a readable image.").toStdString());
    }
    // PDF/A-1b forbids transparency and Qt's PDF/A mode simply drops the alpha channel, which
    // turns transparent areas black. Painting onto white first keeps the logo as it looks.
    QImage flat(logo.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, logo);
    painter.end();
    return flat;
}

} // namespace pr::report
