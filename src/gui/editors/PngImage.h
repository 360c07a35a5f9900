#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr::gui {

// An image file the user picked for the organisation (logo, signature), made ready for the
// register and the documents: PNG bytes, with any transparency flattened onto white so that
// it prints the same on every background (design.md). Happens in memory: nothing is written.
struct PngImage {
    Q_DECLARE_TR_FUNCTIONS(PngImage)

public:
    QByteArray png;  // empty when the file could not be used
    QString problem; // why not, in words for the user

    // The largest file accepted: the register carries the image in every backup.
    static constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;

    static PngImage fromFile(const QString& path);
};

} // namespace pr::gui
