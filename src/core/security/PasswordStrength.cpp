#include "core/security/PasswordStrength.h"

#include <QCoreApplication>

#include <cmath>

namespace pr::core {

namespace {
// Size of the alphabet the password seems to be drawn from.
int alphabetSize(const QString& password)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLetterOrNumber());
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
}

// Characters that add little: a repeat of the previous one, or the next in a run
// ("aaaa", "1234", "abcd", "4321").
int predictableCharacters(const QString& password)
{
    int predictable = 0;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        if (step == 0 || step == 1 || step == -1) {
            ++predictable;
        }
    }
    return predictable;
}

bool containsCommonWord(const QString& password)
{
    static const QStringList common = {
        QStringLiteral("password"), QStringLiteral("wachtwoord"), QStringLiteral("welkom"),
        QStringLiteral("welcome"),  QStringLiteral("qwerty"),     QStringLiteral("azerty"),
        QStringLiteral("admin"),    QStringLiteral("privacy"),    QStringLiteral("letmein"),
        QStringLiteral("geheim"),   QStringLiteral("zomer"),      QStringLiteral("winter"),
    };
    const QString folded = password.toCaseFolded();
    for (const QString& word : common) {
        if (folded.contains(word)) {
            return true;
        }
    }
    return false;
}
} // namespace

PasswordStrength::Estimate PasswordStrength::estimate(const QString& password)
{
    Estimate result;
    if (password.size() < kMinimumLength) {
        result.level = Level::TooShort;
        result.advice = tr("Use at least %1 characters.").arg(kMinimumLength);
        return result;
    }
    const int effectiveLength = static_cast<int>(password.size()) - predictableCharacters(password);
    result.bits = std::max(0, effectiveLength) * std::log2(std::max(alphabetSize(password), 2));
    if (containsCommonWord(password)) {
        result.bits /= 2;
    }
    if (result.bits < 45) {
        result.level = Level::Weak;
        result.advice = tr("Easy to guess. A few unrelated words in a row are strong and easy "
                           "to remember.");
    } else if (result.bits < 70) {
        result.level = Level::Reasonable;
        result.advice = tr("Reasonable. A longer password is stronger still.");
    } else {
        result.level = Level::Strong;
    }
    return result;
}

QString PasswordStrength::label(Level level)
{
    switch (level) {
    case Level::TooShort:
        return tr("Too short");
    case Level::Weak:
        return tr("Weak");
    case Level::Reasonable:
        return tr("Reasonable");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

} // namespace pr::core
