#pragma once

#include "core/domain/EntityKind.h"
#include "storage/audit/AuditContext.h"

#include <QObject>

#include <functional>

namespace pr::core {
class Clock;
}

namespace pr::storage {
class Register;
class SqliteDatabase;
} // namespace pr::storage

namespace pr::gui {

// The one way the window changes the register: each change is one Register::write (one
// transaction, then the encrypted save) with the audit context of this session. It tells
// what happened instead of throwing, because its callers are undo commands, which run inside
// QUndoStack where an exception must not pass:
//
// - Saved: the change is in the register and on disk;
// - NotSaved: the change is in the register but the save failed (saveFailed() says why): the
//   user can save again or elsewhere;
// - Refused: nothing changed (refused() says why, with the records' names where a delete is
//   refused because others refer to the record).
class RegisterEditor : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Saved, NotSaved, Refused };
    using Change = std::function<void(storage::SqliteDatabase&, const storage::AuditContext&)>;

    RegisterEditor(storage::Register& reg, const core::Clock& clock, QObject* parent = nullptr);

    // Runs CHANGE, which changes record ID of KIND (for changed()).
    Outcome write(core::EntityKind kind, qint64 id, const Change& change);
    // Saves again after a failed save; false (and saveFailed()) when it fails again.
    bool save();

    bool isReadOnly() const;
    const storage::Register& currentRegister() const { return m_register; }

Q_SIGNALS:
    // A record changed (also after NotSaved): views showing it read it again.
    void changed(core::EntityKind kind, qint64 id);
    void refused(const QString& message);
    void saveFailed(const QString& message);
    // Saved, or not saved, may have changed: the title bar shows it.
    void saveStateChanged();

private:
    storage::Register& m_register;
    storage::AuditContext m_audit;
};

} // namespace pr::gui
