#pragma once

#include "report/pdf/PdfMetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr::report {

// Replaces the document information dictionary of a PDF that QPdfWriter (Qt 6.4) wrote.
//
// Qt 6.4's QPdfWriter can set only the title and the creator (setAuthor came with Qt 6.8, a
// subject setter not at all), always stamps the Info dictionary with the current time, and
// gives PDF/A files a random trailer /ID. PDF/A-1b needs Info and XMP to agree, and the issue
// asks for author and subject and for output that depends only on input and clock. So the
// writer puts its own XMP packet in through setDocumentXmpMetadata and this class swaps the
// Info object for one with the same fields, fixes up the cross-reference table and writes a
// trailer whose /ID is the MD5 of the content (an identifier, not a security measure).
//
// It relies on the layout Qt writes: one classic cross-reference table in one subsection, a
// trailer with /Info, /Root and /Size, and objects stored one after another. Anything else
// throws ReportError rather than produce a broken file; the tests fail first after a Qt update.
class PdfInfoRewriter {
    Q_DECLARE_TR_FUNCTIONS(pr::report::PdfInfoRewriter)

public:
    static QByteArray rewrite(const QByteArray& pdf, const PdfMetadata& metadata,
                              const QString& producer);

private:
    static QByteArray infoObject(int number, const PdfMetadata& metadata, const QString& producer);
    static QByteArray textString(const QString& text);
    [[noreturn]] static void fail();
};

} // namespace pr::report
