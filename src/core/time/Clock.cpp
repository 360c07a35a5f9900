#include "core/time/Clock.h"

namespace pr::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{}

} // namespace pr::core
