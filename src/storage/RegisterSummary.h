#pragma once

#include "core/domain/EntityKind.h"

#include <QList>

namespace pr::storage {

class SqliteDatabase;

// How many records each part of the register holds, in the parts a user knows (not tables):
// for the overview screen.
struct RegisterSummary {
    struct Part {
        core::EntityKind kind;
        qint64 count;
    };
    QList<Part> parts; // in the order of the navigation
    qint64 auditEntries = 0;

    static RegisterSummary of(const SqliteDatabase& db);
};

} // namespace pr::storage
