#include "report/PdfTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace pr::test {

PdfFile::PdfFile(const QByteArray& pdf)
    : m_path(m_dir.filePath(u"document.pdf"_s))
{
    QFile file(m_path);
    if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        throw std::runtime_error("cannot save the PDF for poppler");
    }
}

QStringList PdfFile::pages(const QRect& cropPt) const
{
    return extract(true, cropPt);
}

QStringList PdfFile::pagesInReadingOrder(const QRect& cropPt) const
{
    return extract(false, cropPt);
}

QStringList PdfFile::extract(bool layout, const QRect& cropPt) const
{
    QStringList arguments;
    if (layout) {
        arguments << u"-layout"_s;
    }
    if (cropPt.isValid()) {
        arguments << u"-x"_s << QString::number(cropPt.x()) << u"-y"_s
                  << QString::number(cropPt.y()) << u"-W"_s << QString::number(cropPt.width())
                  << u"-H"_s << QString::number(cropPt.height());
    }
    arguments << m_path << u"-"_s;
    QStringList pages = run(u"pdftotext"_s, arguments).split(u'\f');
    // pdftotext ends the last page with a form feed too.
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

QString PdfFile::info(const QString& key) const
{
    const QString output = run(u"pdfinfo"_s, {m_path});
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith(key + u':')) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

QStringList PdfFile::pageBoxes() const
{
    const QString pages = info(u"Pages"_s);
    const QString output = run(u"pdfinfo"_s, {u"-box"_s, u"-f"_s, u"1"_s, u"-l"_s, pages, m_path});
    static const QRegularExpression box(u"^Page +\\d+ +(size|rot|MediaBox|CropBox|BleedBox|"
                                        "TrimBox|ArtBox)"_s);
    QStringList boxes;
    for (const QString& line : output.split(u'\n')) {
        if (box.match(line).hasMatch()) {
            boxes.append(line.simplified());
        }
    }
    return boxes;
}

int PdfFile::imageCount(int page) const
{
    return int(imageSizes(page).size());
}

QStringList PdfFile::imageSizes(int page) const
{
    const QString output = run(u"pdfimages"_s, {u"-list"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                                QString::number(page), m_path});
    // A header line and a rule of dashes, then one line per image:
    // "page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio".
    QStringList sizes;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 4) {
            sizes.append(columns[3] + u'x' + columns[4]);
        }
    }
    return sizes;
}

QStringList PdfFile::fonts() const
{
    QStringList lines = run(u"pdffonts"_s, {m_path}).split(u'\n', Qt::SkipEmptyParts);
    // "name type encoding emb sub uni object ID" and a rule of dashes.
    return lines.mid(2);
}

QString PdfFile::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        throw std::runtime_error(
            (program + u" failed: "_s + QString::fromUtf8(process.readAllStandardError()))
                .toStdString());
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace pr::test
