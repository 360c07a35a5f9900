#pragma once

#include <QDateTime>
#include <QString>

namespace pr::report {

// The document information of a PDF: written both to the Info dictionary and to the XMP
// packet, which PDF/A-1b requires to agree. Empty fields are left out.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString creator; // the program that made the content, e.g. "Privacyregister 0.1.0"
    // From the caller's core::Clock, so that tests can fix it. Invalid: no creation date at
    // all, and the same input gives the same bytes.
    QDateTime created;
};

} // namespace pr::report
