#pragma once

#include <QString>

namespace pr::core {

// One problem found while loading a catalogue file.
struct CatalogueError {
    QString file;    // the file it is in; empty when the JSON did not come from a file
    QString path;    // where in the JSON, e.g. "$.entries[3].title"; "$" for the whole file
    QString message; // what is wrong, translated in the "Catalogue" context

    // "file: path: message", for logs and the command line.
    QString toString() const;

    friend bool operator==(const CatalogueError&, const CatalogueError&) = default;
};

} // namespace pr::core
