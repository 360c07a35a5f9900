#include "core/dashboard/DashboardRules.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/domain/RequestStatus.h"
#include "core/workflow/ClientBreachWindow.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace pr::core {

namespace {

constexpr qint64 kSecondsPerHour = 3600;

// Whole hours from NOW to DEADLINE, rounded down: a clock with half an hour left shows 0, one
// half an hour past shows -1, so that "past" is exactly "negative".
qint64 hoursUntil(const QDateTime& now, const QDateTime& deadline)
{
    const qint64 seconds = now.secsTo(deadline);
    return seconds >= 0 ? seconds / kSecondsPerHour
                        : -((-seconds + kSecondsPerHour - 1) / kSecondsPerHour);
}

// "VZ-2026-05 (R. Willems)": the firm's number, and the person the user remembers.
QString requestSubject(const DataSubjectRequest& request)
{
    const QString reference = request.reference.trimmed();
    const QString name = request.requesterName.trimmed();
    if (reference.isEmpty() || name.isEmpty()) {
        return reference.isEmpty() ? name : reference;
    }
    return QStringLiteral("%1 (%2)").arg(reference, name);
}

void addRequestWarnings(const QList<DataSubjectRequest>& requests, QDate today,
                        const Period& promise, QList<DashboardWarning>& warnings)
{
    for (const DataSubjectRequest& request : requests) {
        if (isClosed(request.status) || !request.receivedDate.isValid()) {
            continue;
        }
        const RequestDeadlines deadlines = requestDeadlines(request.receivedDate, promise);
        const bool extended = request.extension.has_value();
        const QDate due = deadlines.effective(extended);
        const auto daysLeft = static_cast<int>(today.daysTo(due));
        if (daysLeft > kDueSoonDays) {
            continue;
        }
        DashboardWarning warning;
        warning.kind = daysLeft < 0 ? WarningKind::RequestOverdue : WarningKind::RequestDueSoon;
        warning.level = daysLeft < 0 ? WarningLevel::Urgent : WarningLevel::Soon;
        warning.entity = EntityKind::DataSubjectRequest;
        warning.entityId = request.id;
        warning.subject = requestSubject(request);
        warning.due = due;
        warning.promisedDue = deadlines.promised;
        warning.legalDue = extended ? deadlines.legalExtended : deadlines.legal;
        warning.extended = extended;
        warning.daysLeft = daysLeft;
        warnings << warning;
    }
}

void addBreachWarnings(const DashboardInput& input, const QHash<qint64, QString>& clientNames,
                       const QDateTime& now, QList<DashboardWarning>& warnings)
{
    for (const Breach& breach : input.breaches) {
        if (!breach.discoveredAt.isValid()) {
            continue;
        }
        DashboardWarning warning;
        warning.level = WarningLevel::Urgent;
        warning.entity = EntityKind::Breach;
        warning.entityId = breach.id;
        warning.subject = breach.reference;
        if (!breach.apNotified.has_value()) {
            warning.kind = WarningKind::BreachApClock;
            warning.windowHours = kApNotificationHours;
            warning.clockDeadline = apNotificationDeadline(breach.discoveredAt);
            warning.hoursLeft = hoursUntil(now, warning.clockDeadline);
            warnings << warning;
        }
        if (breach.clientId != 0 && !breach.clientNotifiedAt.isValid()) {
            // The same window as `due` and the calendar export use (ClientBreachWindow);
            // without a DPA, the window a new DPA starts with stands in for it.
            warning.kind = WarningKind::BreachClientClock;
            warning.windowHours = ClientBreachWindow::of(breach.clientId, input.agreements,
                                                         breach.discoveredAt.toLocalTime().date())
                                      .hours;
            warning.clockDeadline =
                clientNotificationDeadline(breach.discoveredAt, warning.windowHours);
            warning.hoursLeft = hoursUntil(now, warning.clockDeadline);
            warning.clientName = clientNames.value(breach.clientId);
            warnings << warning;
        }
    }
}

// Since when the client could sign AGREEMENT: the later of the day it was sent and the day
// we signed it (a draft we signed first reaches the client when it is sent). Null when the
// client does not have it yet.
QDate withClientSince(const Agreement& agreement)
{
    if (agreement.signingState != SigningState::Sent &&
        agreement.signingState != SigningState::SignedByFirm) {
        return {};
    }
    const QDate sent = agreement.sentDate;
    const QDate signedByUs = agreement.signingState == SigningState::SignedByFirm
                                 ? agreement.firmSignatory.date
                                 : QDate();
    if (!sent.isValid() || !signedByUs.isValid()) {
        return sent.isValid() ? sent : signedByUs;
    }
    return std::max(sent, signedByUs);
}

void addAgreementWarnings(const QList<Agreement>& agreements,
                          const QHash<qint64, QString>& clientNames, QDate today,
                          QList<DashboardWarning>& warnings)
{
    for (const Agreement& agreement : agreements) {
        if (agreement.signingState == SigningState::Countersigned ||
            agreement.signingState == SigningState::Terminated) {
            continue;
        }
        DashboardWarning warning;
        warning.kind = WarningKind::AgreementNotCountersigned;
        const bool started = agreement.startDate.isValid() && agreement.startDate <= today;
        warning.level = started ? WarningLevel::Urgent : WarningLevel::ToDo;
        warning.entity = EntityKind::Agreement;
        warning.entityId = agreement.id;
        warning.subject = clientNames.value(agreement.clientId);
        warning.clientName = warning.subject;
        warning.due = agreement.startDate;
        const QDate since = withClientSince(agreement);
        if (since.isValid() && since.daysTo(today) > kCountersignatureReminderDays) {
            warning.kind = WarningKind::AgreementCountersignatureOverdue;
            warning.level = started ? WarningLevel::Urgent : WarningLevel::Soon;
            warning.due = since;
            warning.daysWaiting = static_cast<int>(since.daysTo(today));
        }
        warnings << warning;
    }
}

void addActivityWarnings(const QList<ProcessingActivity>& activities,
                         QList<DashboardWarning>& warnings)
{
    for (const ProcessingActivity& activity : activities) {
        DashboardWarning warning;
        warning.level = WarningLevel::ToDo;
        warning.entity = EntityKind::ProcessingActivity;
        warning.entityId = activity.id;
        warning.subject = activity.name;
        // As processor the legal basis is the client's matter (ProcessingActivity.h).
        if (activity.role == ProcessingRole::Controller && !activity.legalBasis.has_value()) {
            warning.kind = WarningKind::ActivityWithoutLegalBasis;
            warnings << warning;
        }
        if (activity.retention.kind == RetentionKind::Unspecified) {
            warning.kind = WarningKind::ActivityWithoutRetention;
            warnings << warning;
        }
    }
}

void addMeasureWarnings(const QList<SecurityMeasure>& measures, QDate today,
                        QList<DashboardWarning>& warnings)
{
    const QDate reviewedSince = today.addMonths(-kReviewMonths);
    for (const SecurityMeasure& measure : measures) {
        // A planned measure is not in force yet: there is nothing to review.
        if (measure.status != MeasureStatus::InPlace) {
            continue;
        }
        if (measure.lastReviewDate.isValid() && measure.lastReviewDate > reviewedSince) {
            continue;
        }
        DashboardWarning warning;
        warning.kind = WarningKind::MeasureNotReviewed;
        warning.level = WarningLevel::ToDo;
        warning.entity = EntityKind::SecurityMeasure;
        warning.entityId = measure.id;
        warning.subject = measure.title;
        warning.due = measure.lastReviewDate;
        warnings << warning;
    }
}

} // namespace

QList<DashboardWarning> dashboardWarnings(const DashboardInput& input, const QDateTime& now,
                                          const Period& promisedAnswerPeriod)
{
    // The user's day, as Clock::today() counts it: deadlines are dates where the user is.
    const QDate today = now.toLocalTime().date();
    QHash<qint64, QString> clientNames;
    for (const Client& client : input.clients) {
        clientNames.insert(client.id, client.legalName);
    }

    QList<DashboardWarning> warnings;
    addBreachWarnings(input, clientNames, now, warnings);
    addRequestWarnings(input.requests, today, promisedAnswerPeriod, warnings);
    addAgreementWarnings(input.agreements, clientNames, today, warnings);
    addActivityWarnings(input.activities, warnings);
    addMeasureWarnings(input.measures, today, warnings);

    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const DashboardWarning& a, const DashboardWarning& b) {
                         // Breach clocks by their deadline, the others by their date; a null
                         // date (a measure never reviewed) sorts first, as the oldest.
                         return std::tuple(a.level, a.kind, a.clockDeadline, a.due) <
                                std::tuple(b.level, b.kind, b.clockDeadline, b.due);
                     });
    return warnings;
}

} // namespace pr::core
