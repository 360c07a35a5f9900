#pragma once

#include "core/domain/CookieKind.h"
#include "core/domain/CookieParty.h"

#include <QString>

namespace pr::core {

// A cookie (or similar technique) the firm's website places or reads, as the firm keeps the
// list for its privacy statement.
struct Cookie {
    QString name; // e.g. "_pk_id"
    CookieParty party = CookieParty::FirstParty;
    QString purpose;                          // what it is for, in words a visitor understands
    QString duration;                         // how long it stays, e.g. "13 maanden", "sessie"
    CookieKind kind = CookieKind::Functional; // whether it needs consent

    friend bool operator==(const Cookie&, const Cookie&) = default;
};

} // namespace pr::core
