#include "core/calendar/Period.h"

#include <QCoreApplication>

namespace pr::core {

namespace {

int maxAmount(Period::Unit unit)
{
    switch (unit) {
    case Period::Unit::Days:
        return Period::kMaxDays;
    case Period::Unit::Weeks:
        return Period::kMaxWeeks;
    case Period::Unit::Months:
        return Period::kMaxMonths;
    }
    return 0;
}

std::optional<Period::Unit> unitFromSuffix(QChar suffix)
{
    if (suffix == u'd') {
        return Period::Unit::Days;
    }
    if (suffix == u'w') {
        return Period::Unit::Weeks;
    }
    if (suffix == u'm') {
        return Period::Unit::Months;
    }
    return std::nullopt;
}

QChar suffixFor(Period::Unit unit)
{
    switch (unit) {
    case Period::Unit::Days:
        return u'd';
    case Period::Unit::Weeks:
        return u'w';
    case Period::Unit::Months:
        return u'm';
    }
    return u'?';
}

} // namespace

std::optional<Period> Period::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // Only ASCII digits: QChar::isDigit() would also accept other scripts' digits, and at most
    // four of them, which covers every valid amount and keeps the sum far from overflow.
    constexpr qsizetype kMaxDigits = 4;
    qsizetype pos = 0;
    int amount = 0;
    while (pos < trimmed.size() && trimmed[pos] >= u'0' && trimmed[pos] <= u'9') {
        if (pos == kMaxDigits) {
            return std::nullopt;
        }
        amount = amount * 10 + (trimmed[pos].unicode() - u'0');
        ++pos;
    }
    if (pos == 0) {
        return std::nullopt;
    }
    while (pos < trimmed.size() && trimmed[pos].isSpace()) {
        ++pos;
    }
    if (pos + 1 != trimmed.size()) {
        return std::nullopt;
    }
    const std::optional<Unit> unit = unitFromSuffix(trimmed[pos]);
    if (!unit) {
        return std::nullopt;
    }
    const Period period{amount, *unit};
    if (!period.isValid()) {
        return std::nullopt;
    }
    return period;
}

bool Period::isValid() const
{
    return amount >= 1 && amount <= maxAmount(unit);
}

QString Period::toString() const
{
    return QString::number(amount) + suffixFor(unit);
}

QString Period::describe() const
{
    // Qt's numerus forms pick the singular or plural in the user's language.
    switch (unit) {
    case Unit::Days:
        return QCoreApplication::translate("Period", "%n day(s)", nullptr, amount);
    case Unit::Weeks:
        return QCoreApplication::translate("Period", "%n week(s)", nullptr, amount);
    case Unit::Months:
        return QCoreApplication::translate("Period", "%n month(s)", nullptr, amount);
    }
    return {};
}

} // namespace pr::core
