#pragma once

#include <QString>

namespace pr::report {

// Where something is in a template, for messages and for the template editor. LINE and
// COLUMN are 1-based and count characters (code points), as a person reads them; OFFSET is the
// 0-based index into the QString (UTF-16 units), which is what QTextCursor needs.
struct TemplateLocation {
    QString templateName;
    int line = 0;
    int column = 0;
    qsizetype offset = 0;

    // The location of OFFSET (a UTF-16 index) in TEXT.
    static TemplateLocation at(const QString& templateName, QStringView text, qsizetype offset);
};

} // namespace pr::report
