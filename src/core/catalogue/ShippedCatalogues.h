#pragma once

namespace pr::core {

class CatalogueSet;

// The catalogues the program ships (resources/catalogues, built into the core library as Qt
// resources), loaded once; nullptr when they cannot be read. The editors' pick lists and the
// English documents both use them: an item picked unchanged from a catalogue has its English
// version there.
const CatalogueSet* shippedCatalogues();

} // namespace pr::core
