#pragma once

#include "core/domain/EntityKind.h"

#include <QDateTime>

#include <memory>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

class RecordEditor;

// Which parts of the register have an editor, and the editor of one record.
class EditorFactory {
public:
    static bool hasEditor(core::EntityKind kind);
    // The editor of record ID of KIND as stored in DB, or of a new record when ID is 0 (NOW
    // is where its dates start). nullptr when KIND has no editor or record ID is not there.
    // The organisation has one profile: its editor ignores ID.
    static std::unique_ptr<RecordEditor> create(core::EntityKind kind, qint64 id,
                                                const storage::SqliteDatabase& db,
                                                const QDateTime& now);
};

} // namespace pr::gui
