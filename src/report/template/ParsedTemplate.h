#pragma once

#include "report/template/TemplateTag.h"

#include <QList>
#include <QString>

namespace pr::report {

// A template's text with the tags TemplateScanner found in it.
struct ParsedTemplate {
    QString name;
    QString text;
    QList<TemplateTag> tags;
};

} // namespace pr::report
