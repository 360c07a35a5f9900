#pragma once

#include <QCoreApplication>
#include <QString>

namespace pr::report {

// The font family of every document: DejaVu Sans, compiled into the library (see
// src/report/CMakeLists.txt), so that a PDF does not depend on the fonts of the machine and
// the PDF writer always has a font to embed.
class DocumentFonts {
    Q_DECLARE_TR_FUNCTIONS(pr::report::DocumentFonts)

public:
    // Registers the fonts with Qt on first use and returns the family name. Needs a
    // QGuiApplication (the command-line tool uses the "offscreen" platform); throws
    // ReportError without one or when the fonts cannot be registered.
    static QString family();
};

} // namespace pr::report
