#pragma once

#include "storage/audit/AuditContext.h"

namespace pr::core {
class AppSettings;
class Clock;
} // namespace pr::core

namespace pr::storage {
class Register;
class SqliteDatabase;
} // namespace pr::storage

namespace pr::usecases {

// What every use case works with: the open register, the clock and the settings of the front
// end that calls it, and who makes the change. A front end makes one when it opens a register
// and hands it to every use case; tests hand a FixedClock and settings in a temporary file,
// which is how the settings reach the rules the same way the clock does.
class UseCaseContext {
public:
    UseCaseContext(storage::Register& reg, const core::Clock& clock,
                   const core::AppSettings& settings,
                   QString osUser = storage::AuditContext::currentOsUser());

    storage::Register& reg() const { return m_register; }
    const storage::SqliteDatabase& database() const;
    const core::Clock& clock() const { return m_clock; }
    const core::AppSettings& settings() const { return m_settings; }
    const storage::AuditContext& audit() const { return m_audit; }

private:
    storage::Register& m_register;
    const core::Clock& m_clock;
    const core::AppSettings& m_settings;
    storage::AuditContext m_audit;
};

} // namespace pr::usecases
