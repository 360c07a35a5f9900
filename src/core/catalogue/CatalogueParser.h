#pragma once

#include "core/catalogue/Catalogue.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pr::core {

// Turns the JSON of one catalogue file into a Catalogue, checking every rule of the format
// (resources/catalogues/README.md) and collecting every problem with its JSON path. Used by
// Catalogue::fromJson(); a class of its own so that the rules sit in one place.
class CatalogueParser {
public:
    static std::optional<Catalogue> parse(const QByteArray& json, QList<CatalogueError>& errors);

    // The only format version this program reads; a newer file is refused, not guessed at.
    static constexpr int kFormatVersion = 1;
};

} // namespace pr::core
