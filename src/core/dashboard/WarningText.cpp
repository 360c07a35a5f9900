#include "core/dashboard/WarningText.h"

#include "core/dashboard/TimeLeft.h"

#include <QLocale>

#include <algorithm>

namespace pr::core {

QString WarningText::date(QDate value)
{
    return QLocale().toString(value, QLocale::ShortFormat);
}

QString WarningText::dateTime(const QDateTime& moment)
{
    // The user's wall clock: a breach discovered at 07:55 is reported against 07:55 local time.
    const QDateTime local = moment.toLocalTime();
    return tr("%1 at %2")
        .arg(date(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString WarningText::status(const DashboardWarning& warning)
{
    // Plain int variables: lupdate does not see a plural whose count is an expression.
    const int waited = warning.daysWaiting;
    switch (warning.kind) {
    case WarningKind::BreachApClock:
    case WarningKind::BreachClientClock:
        return TimeLeft::ofHours(warning.hoursLeft).status();
    case WarningKind::RequestOverdue:
    case WarningKind::RequestDueSoon:
        return TimeLeft::ofDays(warning.daysLeft).status();
    case WarningKind::AgreementCountersignatureOverdue:
        return tr("Waiting %n day(s)", nullptr, waited);
    case WarningKind::AgreementNotCountersigned:
        return warning.level == WarningLevel::Urgent ? tr("Not signed") : tr("To be signed");
    case WarningKind::ActivityWithoutLegalBasis:
    case WarningKind::ActivityWithoutRetention:
        return tr("Incomplete");
    case WarningKind::SubProcessorObjectionOpen:
        return tr("Objection");
    case WarningKind::SubProcessorObjectionPeriod:
        return TimeLeft::ofDays(warning.daysLeft).status();
    case WarningKind::MeasureNotReviewed:
        return tr("Review due");
    case WarningKind::RequestsPastRetention:
        return tr("Anonymise");
    }
    return {};
}

QString WarningText::details(const DashboardWarning& warning)
{
    const int window = warning.windowHours;
    const int count = warning.count;
    switch (warning.kind) {
    case WarningKind::BreachApClock:
        return warning.hoursLeft >= 0
                   ? tr("Report it to the Autoriteit Persoonsgegevens, or record why not, by %1.")
                         .arg(dateTime(warning.clockDeadline))
                   : tr("The 72 hours to report it to the Autoriteit Persoonsgegevens ended on "
                        "%1. Record the report, or why it was not made.")
                         .arg(dateTime(warning.clockDeadline));
    case WarningKind::BreachClientClock: {
        // As processor the firm tells the client; the client, as controller, reports to the AP.
        const QString tell =
            warning.hoursLeft < 0
                ? tr("The %n hour(s) to tell %1 ended on %2.", nullptr, window)
                : (warning.windowSource == WindowSource::Default
                       ? tr("Tell %1 by %2: there is no agreement, so the usual %n hour(s) apply.",
                            nullptr, window)
                       : tr("Tell %1 by %2: the agreement allows %n hour(s).", nullptr, window));
        return tell.arg(warning.clientName, dateTime(warning.clockDeadline)) + u' ' +
               tr("%1 decides whether to report it to the Autoriteit Persoonsgegevens.")
                   .arg(warning.clientName);
    }
    case WarningKind::RequestOverdue:
        return warning.extended ? tr("Answer now. Legal deadline after the extension: %1.")
                                      .arg(date(warning.legalDue))
                                : tr("Answer now. Our deadline: %1. Legal deadline: %2.")
                                      .arg(date(warning.promisedDue), date(warning.legalDue));
    case WarningKind::RequestDueSoon:
        return warning.extended ? tr("Answer by %1 (the legal deadline after the extension).")
                                      .arg(date(warning.legalDue))
                                : tr("Answer by %1 (our deadline). Legal deadline: %2.")
                                      .arg(date(warning.promisedDue), date(warning.legalDue));
    case WarningKind::AgreementCountersignatureOverdue:
        return tr("Ask %1 for the countersignature: they have had the agreement since %2.")
            .arg(warning.clientName, date(warning.due));
    case WarningKind::AgreementNotCountersigned:
        if (!warning.due.isValid()) {
            return tr("Get the client's signature.");
        }
        return warning.level == WarningLevel::Urgent
                   ? tr("Get the client's signature: the agreement has applied since %1.")
                         .arg(date(warning.due))
                   : tr("Get the client's signature; the agreement starts on %1.")
                         .arg(date(warning.due));
    case WarningKind::SubProcessorObjectionOpen:
        return tr("%1 objected to this sub-processor. Agree on a solution and record the "
                  "outcome; until then, do not let it process the client's data.")
            .arg(warning.clientName);
    case WarningKind::SubProcessorObjectionPeriod:
        return tr("%1 can object to this sub-processor until %2. Record an objection if one "
                  "comes; without one the change may go ahead for this client after that day.")
            .arg(warning.clientName, date(warning.due));
    case WarningKind::ActivityWithoutLegalBasis:
        return tr("Fill in the legal basis: on which ground of article 6 is this done?");
    case WarningKind::ActivityWithoutRetention:
        return tr("Fill in the retention period: how long is the data kept?");
    case WarningKind::MeasureNotReviewed:
        return warning.due.isValid()
                   ? tr("Check that it still works: last reviewed on %1.").arg(date(warning.due))
                   : tr("Check that it works: it was never reviewed.");
    case WarningKind::RequestsPastRetention:
        return tr("%n closed request(s) are past their retention period and can be anonymised.",
                  nullptr, count);
    }
    return {};
}

QString WarningText::summary(const QList<DashboardWarning>& warnings)
{
    const int total = static_cast<int>(warnings.size());
    const int urgent = static_cast<int>(
        std::count_if(warnings.begin(), warnings.end(), [](const DashboardWarning& warning) {
            return warning.level == WarningLevel::Urgent;
        }));
    if (total == 0) {
        return tr("Nothing needs your attention right now.");
    }
    if (urgent == 0) {
        return tr("%n item(s) need your attention.", nullptr, total);
    }
    return tr("%1, %n of them urgent.", nullptr, urgent)
        .arg(tr("%n item(s) need your attention", nullptr, total));
}

} // namespace pr::core
