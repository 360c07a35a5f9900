#include "core/domain/RetentionPeriod.h"

#include <QCoreApplication>

namespace pr::core {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerYear = 12;

// The amount with its unit: "7 years", "1 month". Qt's numerus forms pick the singular or
// plural in the user's language (Dutch says "7 jaar").
QString amountWithUnit(RetentionUnit unit, int amount)
{
    switch (unit) {
    case RetentionUnit::Days:
        return QCoreApplication::translate("Domain", "%n day(s)", nullptr, amount);
    case RetentionUnit::Weeks:
        return QCoreApplication::translate("Domain", "%n week(s)", nullptr, amount);
    case RetentionUnit::Months:
        return QCoreApplication::translate("Domain", "%n month(s)", nullptr, amount);
    case RetentionUnit::Years:
        return QCoreApplication::translate("Domain", "%n year(s)", nullptr, amount);
    }
    return {};
}

} // namespace

int RetentionPeriod::maxAmount(RetentionUnit unit)
{
    constexpr int kYears = 100;
    switch (unit) {
    case RetentionUnit::Days:
        return kYears * 366;
    case RetentionUnit::Weeks:
        return kYears * 53;
    case RetentionUnit::Months:
        return kYears * kMonthsPerYear;
    case RetentionUnit::Years:
        return kYears;
    }
    return 0;
}

std::optional<QDate> RetentionPeriod::deletionDueDate(QDate triggerDate) const
{
    if (kind != RetentionKind::Fixed || amount < 1 || amount > maxAmount(unit) ||
        !triggerDate.isValid()) {
        return std::nullopt;
    }
    // Not addPeriod() from the calendar: Period stops at three years to catch typos in
    // deadlines, while retention runs to seven years and beyond. QDate::addMonths() clamps a
    // month end exactly as addPeriod() does, so the counting is the same.
    QDate due;
    switch (unit) {
    case RetentionUnit::Days:
        due = triggerDate.addDays(amount);
        break;
    case RetentionUnit::Weeks:
        due = triggerDate.addDays(qint64{amount} * kDaysPerWeek);
        break;
    case RetentionUnit::Months:
        due = triggerDate.addMonths(amount);
        break;
    case RetentionUnit::Years:
        due = triggerDate.addMonths(amount * kMonthsPerYear);
        break;
    }
    if (!due.isValid()) {
        return std::nullopt;
    }
    return due;
}

QString RetentionPeriod::describe() const
{
    switch (kind) {
    case RetentionKind::Unspecified:
        return {};
    case RetentionKind::DurationOfAgreement:
        return QCoreApplication::translate("Domain", "as long as the agreement runs");
    case RetentionKind::Fixed:
        break;
    }
    QString text = amountWithUnit(unit, amount);
    if (trigger == RetentionTrigger::Other) {
        // The event is described in the free text, which documents print beside this.
        return text;
    }
    return text + u' ' + enumLabel(trigger);
}

} // namespace pr::core
