#include "gui/PasswordInput.h"

#include "crypto/Wipe.h"

#include <QLineEdit>

namespace pr::gui {

crypto::SecureBytes takePasswordFrom(QLineEdit& edit)
{
    QByteArray utf8 = edit.text().toUtf8();
    crypto::SecureBytes password(utf8.begin(), utf8.end());
    crypto::wipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    edit.clear();
    return password;
}

} // namespace pr::gui
