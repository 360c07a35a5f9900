#include "gui/editors/PngImage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace pr::gui {

PngImage PngImage::fromFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return {{}, tr("The file %1 does not exist. Choose another file.").arg(path)};
    }
    if (info.size() > kMaxFileBytes) {
        return {{},
                tr("The file %1 is larger than 2 MiB. Choose a smaller image or make this one "
                   "smaller first.")
                    .arg(info.fileName())};
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg") {
        return {{},
                tr("The file %1 is not a PNG or JPEG image. Choose a PNG or JPEG file.")
                    .arg(info.fileName())};
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return {{},
                tr("The image %1 could not be read (%2). Choose another file.")
                    .arg(info.fileName(), reader.errorString())};
    }
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!flat.save(&buffer, "PNG")) {
        return {{},
                tr("The image %1 could not be converted to PNG. Choose another file.")
                    .arg(info.fileName())};
    }
    return {png, {}};
}

} // namespace pr::gui
