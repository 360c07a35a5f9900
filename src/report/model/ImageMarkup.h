#pragma once

#include "report/template/TrustedHtml.h"

#include <QByteArray>
#include <QString>

namespace pr::report {

// Turns an image from the register (the firm's logo, the scanned signature) into an <img>
// that carries the picture itself as a data: URL, so that the HTML needs no file beside it
// and the PDF writer needs no file system.
class ImageMarkup {
public:
    // The image painted onto white (PDF/A-1b has no transparency; a transparent signature
    // scan would turn black) and encoded as PNG. Empty when PNG is empty or not an image.
    static QByteArray flattenedPng(const QByteArray& png);

    // <img src="data:image/png;base64,…" alt="ALT" width="W" height="H">, scaled to fit in
    // MAXWIDTH × MAXHEIGHT CSS pixels with its proportions kept; null when PNG is not an image.
    // ALT is escaped: it may come from the register.
    static TrustedHtml imgTag(const QByteArray& png, const QString& alt, int maxWidth,
                              int maxHeight);
};

} // namespace pr::report
