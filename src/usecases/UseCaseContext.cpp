#include "usecases/UseCaseContext.h"

#include "storage/Register.h"

namespace pr::usecases {

UseCaseContext::UseCaseContext(storage::Register& reg, const core::Clock& clock,
                               const core::AppSettings& settings, QString osUser)
    : m_register(reg)
    , m_clock(clock)
    , m_settings(settings)
    , m_audit{clock, std::move(osUser)}
{}

const storage::SqliteDatabase& UseCaseContext::database() const
{
    return m_register.database();
}

} // namespace pr::usecases
