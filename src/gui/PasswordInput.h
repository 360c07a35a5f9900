#pragma once

#include "crypto/SecureAllocator.h"

class QLineEdit;

namespace pr::gui {

// Takes the password out of EDIT as UTF-8 in wiped memory and clears the field. The QString
// inside the widget is the one copy Qt keeps that we cannot wipe; clearing it at once keeps
// its life short.
crypto::SecureBytes takePasswordFrom(QLineEdit& edit);

} // namespace pr::gui
