#pragma once

#include "core/time/Clock.h"

#include <QString>

namespace pr::storage {

// Who changes the register, and when: what every audited write needs besides the record. The
// program builds one when it opens a register (the OS user is read once) and passes it to
// every repository write; tests pass a FixedClock and a made-up user.
struct AuditContext {
    const core::Clock& clock;
    QString osUser;
    // False only while a register is restored from an export that carries its own audit
    // trail (RegisterTransfer): the trail is then copied as it was, not recorded anew.
    bool recordChanges = true;

    // The name of the OS account running the program: USER, or USERNAME on Windows, or
    // LOGNAME; "unknown" when none is set, so that an entry never names nobody.
    static QString currentOsUser();
};

} // namespace pr::storage
