#pragma once

#include <QCoreApplication>
#include <QString>

class QPdfDocument;
class QPrinter;

namespace pr::gui {

// Prints a PDF that is in memory: each page is drawn with QPdfDocument::render at the
// printer's resolution into the printer's painter, so no file is made on the way (the
// document holds register content). The pages go on the paper as they are, margins included.
class PdfPrinting {
    Q_DECLARE_TR_FUNCTIONS(pr::gui::PdfPrinting)

public:
    // The highest resolution a page is drawn at: a 600 dpi A4 page is already 140 MB of image.
    static constexpr int kMaxResolution = 300;

    // Prints the pages of DOCUMENT the printer's range asks for (all when it asks for none).
    // Returns an empty string on success, else what went wrong, for the user.
    static QString print(QPdfDocument& document, QPrinter& printer);
};

} // namespace pr::gui
