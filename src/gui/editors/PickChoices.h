#pragma once

#include <QStringList>

// Declared, not included: CatalogueKind's enumerator SpecialCategories would shadow the type
// core::SpecialCategories for an editor that includes its record first (-Wshadow).
namespace pr::core {
class CatalogueSet;
enum class CatalogueKind;
} // namespace pr::core

namespace pr::gui {

// The catalogues the program ships (resources/catalogues, built in as Qt resources), loaded
// once; nullptr when they cannot be read (then pick lists offer the register's own values
// only, which is still usable).
const core::CatalogueSet* shippedCatalogues();

// What a pick list offers: the titles of the catalogue of KIND, then the values already used
// in the register that the catalogue does not have (that is how a value the user added is
// offered again), each once, ignoring case.
QStringList pickChoices(core::CatalogueKind kind, const QStringList& used);
// Only the values in use, for fields without a catalogue (purposes, recipients).
QStringList pickChoices(const QStringList& used);

} // namespace pr::gui
