#pragma once

#include <QCoreApplication>
#include <QString>

namespace pr::crypto {
class SigningError;
}

namespace pr::gui {

// What a refused certificate means for the user and what to do about it, in the program's
// language: the crypto layer's own messages are English and untranslated.
class SigningErrorText {
    Q_DECLARE_TR_FUNCTIONS(SigningErrorText)

public:
    static QString message(const crypto::SigningError& error);
};

} // namespace pr::gui
