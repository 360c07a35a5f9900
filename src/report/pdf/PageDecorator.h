#pragma once

#include "report/pdf/PageOptions.h"
#include "report/pdf/PdfPageGeometry.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QString>

class QPainter;

namespace pr::report {

// Paints what every page has around the body: the running header (logo and text) with a rule
// under it, and the footer (the initials line and "Page X of Y") with a rule above it.
class PageDecorator {
    Q_DECLARE_TR_FUNCTIONS(pr::report::PageDecorator)

public:
    // Throws ReportError when OPTIONS has a logo that is not a readable image.
    PageDecorator(const PageOptions& options, const PdfPageGeometry& geometry,
                  const QString& fontFamily, const QString& footerPattern);

    // PAGE counts from 1.
    void paint(QPainter& painter, int page, int pageCount) const;

private:
    void paintHeader(QPainter& painter) const;
    void paintFooter(QPainter& painter, int page, int pageCount) const;
    static QImage flattenedOnWhite(const QByteArray& png);

    PageOptions m_options;
    PdfPageGeometry m_geometry;
    QString m_footerPattern;
    QFont m_font;
    QImage m_logo;
};

} // namespace pr::report
