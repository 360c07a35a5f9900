#include "report/model/ImageMarkup.h"

#include "report/template/HtmlEscape.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

QImage flattened(const QByteArray& png)
{
    const QImage image = QImage::fromData(png);
    if (image.isNull()) {
        return {};
    }
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QByteArray encodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QByteArray ImageMarkup::flattenedPng(const QByteArray& png)
{
    const QImage flat = flattened(png);
    return flat.isNull() ? QByteArray() : encodePng(flat);
}

TrustedHtml ImageMarkup::imgTag(const QByteArray& png, const QString& alt, int maxWidth,
                                int maxHeight)
{
    const QImage flat = flattened(png);
    if (flat.isNull()) {
        return {};
    }
    const QSize size = flat.size().scaled(QSize(maxWidth, maxHeight), Qt::KeepAspectRatio);
    // The picture is the program's own encoding of the register's image: base64 has no
    // character that could end the attribute. Only ALT is text from the register.
    return TrustedHtml::fromProgramMarkup(
        uR"(<img src="data:image/png;base64,%1" alt="%2" width="%3" height="%4">)"_s.arg(
            QString::fromLatin1(encodePng(flat).toBase64()), htmlEscape(alt),
            QString::number(qMax(1, size.width())), QString::number(qMax(1, size.height()))));
}

} // namespace pr::report
