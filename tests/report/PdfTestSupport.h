#pragma once

// Reads PDFs with poppler-utils, which sees them as any PDF reader would: the tests check the
// text, the metadata and the fonts of the file, not how our code believes it wrote them.

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pr::test {

class PdfFile {
public:
    // Saves PDF in a temporary folder that lives as long as this object.
    explicit PdfFile(const QByteArray& pdf);

    // `pdftotext -layout`, split into pages at the form feeds. With CROPPT (in points from
    // the top left), only the text inside that rectangle of each page.
    QStringList pages(const QRect& cropPt = {}) const;
    // The same in reading order (without -layout): the lines of a table cell or a paragraph
    // stay together instead of being interleaved with the columns beside them, so that a
    // phrase can be searched for.
    QStringList pagesInReadingOrder(const QRect& cropPt = {}) const;
    // `pdfinfo`: the value of KEY ("Title", "Pages", "Page size", ...), trimmed.
    QString info(const QString& key) const;
    // `pdfinfo -box -f 1 -l N`: every line that describes a page box, for comparing layouts.
    QStringList pageBoxes() const;
    // `pdfimages -list` for PAGE (from 1): how many images it draws, and their sizes in
    // pixels ("50x50").
    int imageCount(int page) const;
    QStringList imageSizes(int page) const;
    // `pdffonts`: the lines after the header, one per font.
    QStringList fonts() const;

    const QString& path() const { return m_path; }

private:
    QStringList extract(bool layout, const QRect& cropPt) const;
    static QString run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace pr::test
