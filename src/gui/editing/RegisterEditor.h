#pragma once

#include "core/domain/EntityKind.h"
#include "usecases/ChangeResult.h"
#include "usecases/UseCaseContext.h"

#include <QObject>

namespace pr::core {
class AppSettings;
class Clock;
} // namespace pr::core

namespace pr::storage {
class Register;
}

namespace pr::gui {

// The window's side of the use cases (src/usecases): it holds the use-case context of this
// session (register, clock, settings, OS user) and turns each use case's ChangeResult into
// what the window shows. The window changes the register only through use cases; this class
// has no way to write of its own.
//
// - Saved: changed(), saveStateChanged();
// - NotSaved: the change is in the register but the save failed: changed(),
//   saveStateChanged(), saveFailed() — the user can save again or elsewhere;
// - Refused: refused() with the reason (a rule, or the records that refer to one that was to
//   be deleted).
class RegisterEditor : public QObject {
    Q_OBJECT

public:
    RegisterEditor(storage::Register& reg, const core::Clock& clock,
                   const core::AppSettings& settings, QObject* parent = nullptr);

    const usecases::UseCaseContext& context() const { return m_context; }

    // Tells the window what RESULT, a use case's result about a record of KIND, means, and
    // gives it back: a copy, since RESULT is often the temporary a use case just returned.
    usecases::ChangeResult report(core::EntityKind kind, const usecases::ChangeResult& result);
    // Saves again after a failed save; false (and saveFailed()) when it fails again.
    bool save();

    bool isReadOnly() const;
    const storage::Register& currentRegister() const;

Q_SIGNALS:
    // A record changed (also after NotSaved): views showing it read it again.
    void changed(core::EntityKind kind, qint64 id);
    void refused(const QString& message);
    void saveFailed(const QString& message);
    // Saved, or not saved, may have changed: the title bar shows it.
    void saveStateChanged();

private:
    usecases::UseCaseContext m_context;
};

} // namespace pr::gui
