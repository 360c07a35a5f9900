#pragma once

#include <QString>

namespace pr::core {

// The English version of one text of the register. The register is kept in Dutch; a document
// in English shows, for every text it takes from the register, the English version recorded
// for it (EnglishGlossary), and the Dutch text where there is none.
struct EnglishText {
    QString dutch;   // the text as the register holds it, e.g. "Remote back-up van servers"
    QString english; // e.g. "Remote back-up of servers"

    friend bool operator==(const EnglishText&, const EnglishText&) = default;
};

} // namespace pr::core
