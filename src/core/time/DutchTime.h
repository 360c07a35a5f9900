#pragma once

#include <QDateTime>

namespace pr::core {

// MOMENT on the clock in the Netherlands (Europe/Amsterdam, summer time included), the time the
// AP's form, clients and the people affected read, wherever the program runs. Invalid stays
// invalid. Falls back to the system's local time where the time zone database lacks the zone.
QDateTime inDutchTime(const QDateTime& moment);

// "2026-03-30 11:00" in Dutch time: to the minute, for lists and `due`; empty when invalid.
QString dutchMinute(const QDateTime& moment);

} // namespace pr::core
