#include "core/domain/RetentionPeriod.h"

#include <QCoreApplication>

namespace pr::core {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerYear = 12;

// Dutch singular and plural unit words. Separate source texts rather than Qt's "%n" plural
// form, as Period::describe() does: without a loaded translation "%n" would print "1 dagen".
QString unitWord(RetentionUnit unit, bool one)
{
    switch (unit) {
    case RetentionUnit::Days:
        return one ? QCoreApplication::translate("Domain", "dag")
                   : QCoreApplication::translate("Domain", "dagen");
    case RetentionUnit::Weeks:
        return one ? QCoreApplication::translate("Domain", "week")
                   : QCoreApplication::translate("Domain", "weken");
    case RetentionUnit::Months:
        return one ? QCoreApplication::translate("Domain", "maand")
                   : QCoreApplication::translate("Domain", "maanden");
    case RetentionUnit::Years:
        // Dutch counts years in the singular: "7 jaar".
        return QCoreApplication::translate("Domain", "jaar");
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
        return QCoreApplication::translate("Domain", "zolang de overeenkomst loopt");
    case RetentionKind::Fixed:
        break;
    }
    QString text = QString::number(amount) + u' ' + unitWord(unit, amount == 1);
    if (trigger == RetentionTrigger::Other) {
        // The event is described in the free text, which documents print beside this.
        return text;
    }
    return text + u' ' + enumLabel(trigger);
}

} // namespace pr::core
