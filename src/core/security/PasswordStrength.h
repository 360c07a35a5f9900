#pragma once

#include <QCoreApplication>
#include <QString>

namespace pr::core {

// A rough estimate of how hard a password is to guess, for the indicator in the new-register
// wizard. It is an estimate, not a guarantee: it counts length and character variety and
// penalises the patterns people use most (repeats, sequences, a few very common words). The
// real protection is Argon2id's cost per guess (docs/security.md).
class PasswordStrength {
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)

public:
    enum class Level { TooShort, Weak, Reasonable, Strong };

    struct Estimate {
        Level level = Level::TooShort;
        double bits = 0; // estimated entropy
        QString advice;  // one sentence, translated; empty for Strong
    };

    static constexpr int kMinimumLength = 8;

    static Estimate estimate(const QString& password);
    static QString label(Level level);
};

} // namespace pr::core
