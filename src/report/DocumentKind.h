#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pr::report {

// The documents the program makes from the register.
enum class DocumentKind {
    PrivacyStatement,   // privacyverklaring, art. 13 and 14
    Dpa,                // verwerkersovereenkomst with one client, art. 28(3)
    ProcessingRegister, // verwerkingsregister, art. 30(1) and (2)
};

// What the document is written as.
enum class DocumentFormat {
    Pdf,      // A4, PDF/A-1b, for printing and signing
    Html,     // one standalone HTML5 file, for a website
    Markdown, // the privacy statement only, for websites built from Markdown
};

// The names the command line and file names use: "privacy-statement", "dpa", "register";
// "pdf", "html", "md". Never translated.
QString documentKindCode(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(QStringView code);
QString documentFormatCode(DocumentFormat format);
std::optional<DocumentFormat> documentFormatFromCode(QStringView code);

} // namespace pr::report
