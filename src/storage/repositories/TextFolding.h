#pragma once

#include <QString>

namespace pr::storage {

class SqliteDatabase;

// Search that ignores case and accents: "beheer" finds "Beheer" and "béhéer". SQLite's own
// LIKE and NOCASE fold ASCII only, so the repositories compare folded text through an SQL
// function, pr_fold(text), that this class registers on the connection.
class TextFolding {
public:
    // TEXT without case, accents and compatibility forms: compatibility decomposition (NFKD:
    // "ﬁ" becomes "fi"), combining marks dropped, then Unicode case folding.
    static QString fold(const QString& text);

    // Registers pr_fold on DB's connection unless it is there already. Searches call it first;
    // the function is never used in the schema, so that the file stays readable by any SQLite.
    static void ensureRegistered(const SqliteDatabase& db);
};

} // namespace pr::storage
