#pragma once

#include "core/domain/EntityKind.h"

#include <QList>
#include <QString>

namespace pr::storage {

// A record named for the user: in the message of a refused delete, and in the list of what a
// cascade would delete or change.
struct Referrer {
    core::EntityKind kind = core::EntityKind::Organisation;
    qint64 id = 0;
    QString name; // what the user calls it: a name, a reference, a version; may be empty

    friend bool operator==(const Referrer&, const Referrer&) = default;
};

// "3 processing activities" in the user's language.
QString countOf(core::EntityKind kind, qsizetype count);
// "1 data processing agreement and 3 processing activities": the records counted per kind, in
// the order the kinds first occur.
QString countsOf(const QList<Referrer>& records);
// "processing activity 'Remote backup'", or "processing activity 7" when it has no name.
QString nameOf(const Referrer& record);

} // namespace pr::storage
