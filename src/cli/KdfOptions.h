#pragma once

#include "crypto/Argon2id.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pr::cli {

// --kdf-memory, --kdf-iterations and --kdf-parallelism: the cost of Argon2id for a new key
// (init, change-password). See docs/security.md.
class KdfOptions {
    Q_DECLARE_TR_FUNCTIONS(KdfOptions)

public:
    static void addTo(QCommandLineParser& parser);
    // BASE with the options that were given applied. Throws UsageError for values that are
    // not positive numbers or fall outside Argon2Parameters' limits.
    static crypto::Argon2Parameters read(const QCommandLineParser& parser,
                                         crypto::Argon2Parameters base);
    static bool anyGiven(const QCommandLineParser& parser);
};

} // namespace pr::cli
