#include "gui/editing/RegisterEditor.h"

#include "core/logging/Log.h"
#include "storage/Register.h"
#include "storage/RegisterErrors.h"
#include "storage/repositories/ReferencedRowError.h"

namespace pr::gui {

RegisterEditor::RegisterEditor(storage::Register& reg, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_register(reg)
    , m_audit{clock, storage::AuditContext::currentOsUser()}
{}

bool RegisterEditor::isReadOnly() const
{
    return m_register.isReadOnly();
}

RegisterEditor::Outcome RegisterEditor::write(core::EntityKind kind, qint64 id,
                                              const Change& change)
{
    // Set as the last step of the change: when the write then fails, it failed after the
    // transaction committed (a SaveError, or an error while making the session's backup),
    // and the change is in the register although it is not on disk.
    bool changeDone = false;
    QString failure;
    try {
        m_register.write([&](storage::SqliteDatabase& db) {
            change(db, m_audit);
            changeDone = true;
        });
    } catch (const storage::ReferencedRowError& error) {
        failure = error.detailedMessage();
    } catch (const storage::RegisterError& error) {
        failure = error.message();
    } catch (const std::exception&) {
        // Not one of the register's own errors (a crypto failure, memory): nothing the user
        // can act on beyond knowing it, and it must not escape into QUndoStack.
        failure = tr("An unexpected error occurred.");
    }
    if (failure.isEmpty()) {
        Q_EMIT changed(kind, id);
        Q_EMIT saveStateChanged();
        return Outcome::Saved;
    }
    if (!(changeDone && m_register.hasUnsavedChanges())) {
        Q_EMIT refused(failure);
        return Outcome::Refused;
    }
    spdlog::warn("a change was made but not saved");
    Q_EMIT changed(kind, id);
    Q_EMIT saveStateChanged();
    Q_EMIT saveFailed(failure);
    return Outcome::NotSaved;
}

bool RegisterEditor::save()
{
    try {
        m_register.save();
    } catch (const storage::RegisterError& error) {
        Q_EMIT saveStateChanged();
        Q_EMIT saveFailed(error.message());
        return false;
    } catch (const std::exception&) {
        Q_EMIT saveStateChanged();
        Q_EMIT saveFailed(tr("An unexpected error occurred."));
        return false;
    }
    Q_EMIT saveStateChanged();
    return true;
}

} // namespace pr::gui
