#pragma once

#include <QStringList>

// Declared, not included: CatalogueKind's enumerator SpecialCategories would shadow the type
// core::SpecialCategories for an editor that includes its record first (-Wshadow).
namespace pr::core {
enum class CatalogueKind;
} // namespace pr::core

namespace pr::gui {

// What a pick list offers: the titles of the catalogue of KIND, then the values already used
// in the register that the catalogue does not have (that is how a value the user added is
// offered again), each once, ignoring case. Without the shipped catalogues
// (core::shippedCatalogues() nullptr) only the register's own values, which is still usable.
QStringList pickChoices(core::CatalogueKind kind, const QStringList& used);
// Only the values in use, for fields without a catalogue (purposes, recipients).
QStringList pickChoices(const QStringList& used);

} // namespace pr::gui
