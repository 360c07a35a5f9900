#include "report/pdf/SelfContainedTextDocument.h"

#include <QImage>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

bool isDataUrl(const QString& name)
{
    return name.startsWith(u"data:"_s, Qt::CaseInsensitive);
}

} // namespace

void SelfContainedTextDocument::setSelfContainedHtml(const QString& html)
{
    setHtml(html);
    // Collected first: removing text while walking the blocks would move what is left.
    QList<std::pair<int, int>> outside; // position, length
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && !isDataUrl(format.toImageFormat().name())) {
                outside.append({fragment.position(), fragment.length()});
            }
        }
    }
    // From the end, so that the earlier positions stay right.
    for (auto it = outside.crbegin(); it != outside.crend(); ++it) {
        QTextCursor cursor(this);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

QVariant SelfContainedTextDocument::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != u"data"_s) {
        return {};
    }
    // data:image/png;base64,AAAA…
    const QString path = name.path(QUrl::FullyEncoded);
    const qsizetype comma = path.indexOf(u',');
    if (comma < 0 || !path.left(comma).startsWith(u"image/"_s) ||
        !path.left(comma).endsWith(u";base64"_s)) {
        return {};
    }
    const QImage image = QImage::fromData(QByteArray::fromBase64(path.mid(comma + 1).toLatin1()));
    if (image.isNull()) {
        return {};
    }
    return image;
}

} // namespace pr::report
