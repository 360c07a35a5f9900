#pragma once

#include <QString>

namespace pr::core {

// One item of a catalogue, as the user sees it in a pick list.
struct CatalogueEntry {
    QString id;          // stable key, lower-case words joined by hyphens; for special
                         // categories and art. 9(2) exceptions the code of the enum value
    QString title;       // what is picked into the register, e.g. "NAW-gegevens"
    QString description; // one sentence that explains it; may be empty for plain lists
    QString group;       // security measures: the SecurityCategory code; empty otherwise
    // The same in English, for the English documents; empty when the entry has no English
    // version (its Dutch text then stands in the English document too).
    QString titleEn;
    QString descriptionEn;

    friend bool operator==(const CatalogueEntry&, const CatalogueEntry&) = default;
};

} // namespace pr::core
