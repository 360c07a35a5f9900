#pragma once

#include "core/domain/EntityKind.h"
#include "gui/Section.h"

#include <QString>

namespace pr::gui {

// The name of each part of the register as the overview's counts show it (plural: "Processing
// activities", in Dutch "Verwerkingen").
QString sectionName(core::EntityKind kind);

// The name of each section of the navigation ("Overview", "Clients and agreements", …).
QString sectionTitle(Section section);

} // namespace pr::gui
