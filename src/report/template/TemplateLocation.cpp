#include "report/template/TemplateLocation.h"

namespace pr::report {

TemplateLocation TemplateLocation::at(const QString& templateName, QStringView text,
                                      qsizetype offset)
{
    TemplateLocation location;
    location.templateName = templateName;
    location.offset = qBound(qsizetype(0), offset, text.size());
    location.line = 1;
    location.column = 1;
    for (qsizetype i = 0; i < location.offset; ++i) {
        const QChar ch = text[i];
        if (ch == u'\n') {
            ++location.line;
            location.column = 1;
        } else if (!ch.isLowSurrogate()) {
            // The second half of a surrogate pair is the same character as the first.
            ++location.column;
        }
    }
    return location;
}

} // namespace pr::report
