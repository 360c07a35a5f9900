#pragma once

#include "crypto/SecureAllocator.h"

#include <QString>

namespace pr::cli {

// Asks for a password on the controlling terminal with echo switched off.
class TerminalPassword {
public:
    // True when stdin is a terminal, so that asking makes sense.
    static bool available();
    // Prints PROMPT on stderr and reads one line without echo; the terminal's settings are
    // restored afterwards, also when reading fails.
    static crypto::SecureBytes ask(const QString& prompt);
};

} // namespace pr::cli
