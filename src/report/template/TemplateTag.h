#pragma once

#include <QString>

namespace pr::report {

// One Mustache tag of a template as TemplateScanner found it.
struct TemplateTag {
    enum class Kind {
        Variable,      // {{name}}
        SectionBegin,  // {{#name}}
        InvertedBegin, // {{^name}}
        SectionEnd,    // {{/name}}
        Partial,       // {{> name}}
        Comment,       // {{! ...}}
    };

    Kind kind = Kind::Variable;
    QString name;
    qsizetype offset = 0; // of the opening "{{", in UTF-16 units
};

} // namespace pr::report
