#pragma once

#include "core/domain/EntityKind.h"

#include <QString>

namespace pr::gui {

// The name of each part of the register as the navigation and the overview show it
// (plural: "Processing activities", in Dutch "Verwerkingen").
QString sectionName(core::EntityKind kind);

} // namespace pr::gui
