#pragma once

#include <QString>

namespace pr::report {

// Reads the document information a rendered template declares in its <head>, so that the
// PDF's title and subject come from the template (in the document's language) rather than
// from the program: <title>…</title> and <meta name="description" content="…">.
class HtmlHead {
public:
    // Plain text, entities decoded and white space collapsed; empty when absent.
    static QString title(const QString& html);
    static QString description(const QString& html);

private:
    static QString decode(const QString& html);
};

} // namespace pr::report
