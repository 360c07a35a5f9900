#pragma once

#include "core/catalogue/CatalogueKind.h"

#include <QStringList>

namespace pr::gui {

// Without the shipped catalogues (core::shippedCatalogues() nullptr) pick lists offer the
// register's own values only, which is still usable.
// What a pick list offers: the titles of the catalogue of KIND, then the values already used
// in the register that the catalogue does not have (that is how a value the user added is
// offered again), each once, ignoring case.
QStringList pickChoices(core::CatalogueKind kind, const QStringList& used);
// Only the values in use, for fields without a catalogue (purposes, recipients).
QStringList pickChoices(const QStringList& used);

} // namespace pr::gui
