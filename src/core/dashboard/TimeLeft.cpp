#include "core/dashboard/TimeLeft.h"

namespace pr::core {

namespace {
constexpr qint64 kHoursPerDay = 24;
constexpr qint64 kSecondsPerHour = 3600;
} // namespace

TimeLeft::TimeLeft(Unit unit, qint64 amount, bool overdue, bool date)
    : m_unit(unit)
    , m_amount(amount)
    , m_overdue(overdue)
    , m_date(date)
{}

TimeLeft TimeLeft::ofHours(qint64 hoursLeft)
{
    const bool overdue = hoursLeft < 0;
    const qint64 hours = overdue ? -hoursLeft : hoursLeft;
    return hours < kHoursBeforeDays ? TimeLeft(Unit::Hours, hours, overdue, false)
                                    : TimeLeft(Unit::Days, hours / kHoursPerDay, overdue, false);
}

TimeLeft TimeLeft::ofDays(qint64 daysLeft)
{
    return TimeLeft(Unit::Days, daysLeft < 0 ? -daysLeft : daysLeft, daysLeft < 0, true);
}

TimeLeft TimeLeft::of(const DueEntry& entry)
{
    return std::visit([](const auto& item) { return of(item); }, entry);
}

TimeLeft TimeLeft::within(qint64 secondsLeft)
{
    if (secondsLeft < 0) {
        return ofHours(-((-secondsLeft + kSecondsPerHour - 1) / kSecondsPerHour));
    }
    const qint64 hours = (secondsLeft + kSecondsPerHour - 1) / kSecondsPerHour;
    return hours < kHoursBeforeDays
               ? TimeLeft(Unit::Hours, hours, false, false)
               : TimeLeft(Unit::Days, (hours + kHoursPerDay - 1) / kHoursPerDay, false, false);
}

QString TimeLeft::status() const
{
    // Plain int variables: lupdate does not see a plural whose count is an expression.
    const int n = static_cast<int>(m_amount);
    if (m_overdue) {
        return m_unit == Unit::Hours ? tr("%n hour(s) overdue", nullptr, n)
                                     : tr("%n day(s) overdue", nullptr, n);
    }
    if (n == 0) {
        return m_date ? tr("Due today") : tr("Less than an hour left");
    }
    return m_unit == Unit::Hours ? tr("%n hour(s) left", nullptr, n)
                                 : tr("%n day(s) left", nullptr, n);
}

QString TimeLeft::inText() const
{
    const int n = static_cast<int>(m_amount);
    if (m_overdue) {
        return status();
    }
    if (n == 0) {
        return m_date ? tr("today") : tr("in less than an hour");
    }
    return m_unit == Unit::Hours ? tr("in %n hour(s)", nullptr, n) : tr("in %n day(s)", nullptr, n);
}

QString TimeLeft::withinText() const
{
    const int n = static_cast<int>(m_amount);
    if (m_overdue) {
        return status();
    }
    if (n == 0) {
        return m_date ? tr("today") : tr("in less than an hour");
    }
    return m_unit == Unit::Hours ? tr("within %n hour(s)", nullptr, n)
                                 : tr("within %n day(s)", nullptr, n);
}

QString TimeLeft::hoursAndMinutes(const BreachClock& clock)
{
    const qint64 minutes = clock.minutesLeft();
    const qint64 magnitude = minutes < 0 ? -minutes : minutes;
    const QString hours = QString::number(magnitude / 60);
    const QString rest = QStringLiteral("%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return minutes < 0 ? tr("%1 h %2 min overdue").arg(hours, rest)
                       : tr("%1 h %2 min left").arg(hours, rest);
}

} // namespace pr::core
