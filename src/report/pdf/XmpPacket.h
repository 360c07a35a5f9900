#pragma once

#include "report/pdf/PdfMetadata.h"

#include <QByteArray>
#include <QString>

namespace pr::report {

// The XMP metadata packet of a PDF/A-1b document. Qt 6.4 writes its own only with title,
// creator and the current time; this one carries the author and the subject too, and the
// caller's date or none, matching what PdfInfoRewriter puts in the Info dictionary.
class XmpPacket {
public:
    static QByteArray build(const PdfMetadata& metadata, const QString& producer);

    // The date forms of XMP and of the PDF Info dictionary, for the same instant.
    static QString xmpDate(const QDateTime& dateTime);
    static QByteArray pdfDate(const QDateTime& dateTime);
};

} // namespace pr::report
