#include "core/dashboard/DashboardRules.h"

#include "core/workflow/ObjectionPeriod.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace pr::core {

namespace {

// "VZ-2026-05 (R. Willems)": the firm's number, and the person the user remembers.
QString requestSubject(const QString& reference, const QString& requesterName)
{
    const QString trimmedReference = reference.trimmed();
    const QString name = requesterName.trimmed();
    if (trimmedReference.isEmpty() || name.isEmpty()) {
        return trimmedReference.isEmpty() ? name : trimmedReference;
    }
    return QStringLiteral("%1 (%2)").arg(trimmedReference, name);
}

void addRequestWarnings(const QList<RequestDue>& open, const QList<DataSubjectRequest>& requests,
                        QList<DashboardWarning>& warnings)
{
    QHash<qint64, QString> names;
    for (const DataSubjectRequest& request : requests) {
        names.insert(request.id, request.requesterName);
    }
    for (const RequestDue& due : open) {
        if (due.state != DueState::Overdue && due.state != DueState::DueSoon) {
            continue;
        }
        const bool overdue = due.state == DueState::Overdue;
        DashboardWarning warning;
        warning.kind = overdue ? WarningKind::RequestOverdue : WarningKind::RequestDueSoon;
        warning.level = overdue ? WarningLevel::Urgent : WarningLevel::Soon;
        warning.entity = EntityKind::DataSubjectRequest;
        warning.entityId = due.requestId;
        warning.subject = requestSubject(due.reference, names.value(due.requestId));
        warning.due = due.effective;
        warning.promisedDue = due.deadlines.promised;
        warning.legalDue = due.extended ? due.deadlines.legalExtended : due.deadlines.legal;
        warning.extended = due.extended;
        warning.daysLeft = static_cast<int>(due.daysLeft);
        warnings << warning;
    }
}

// Every clock that runs is urgent: 72 hours at most, and the law counts every one of them.
void addBreachWarnings(const QList<BreachClock>& clocks, const QHash<qint64, QString>& clientNames,
                       QList<DashboardWarning>& warnings)
{
    for (const BreachClock& clock : clocks) {
        DashboardWarning warning;
        warning.kind = clock.kind == BreachClockKind::Authority ? WarningKind::BreachApClock
                                                                : WarningKind::BreachClientClock;
        warning.level = WarningLevel::Urgent;
        warning.entity = EntityKind::Breach;
        warning.entityId = clock.breachId;
        warning.subject = clock.reference;
        warning.clockDeadline = clock.deadline;
        warning.hoursLeft = clock.hoursLeft();
        warning.windowHours = clock.hours;
        warning.windowSource = clock.windowSource;
        warning.clientName = clientNames.value(clock.clientId);
        warnings << warning;
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

void addObjectionWarnings(const DashboardInput& records, const QHash<qint64, QString>& clientNames,
                          QDate today, QList<DashboardWarning>& warnings)
{
    QHash<qint64, QString> subProcessorNames;
    for (const SubProcessor& sub : records.subProcessors) {
        subProcessorNames.insert(sub.id, sub.name);
    }
    for (const SubProcessorNotice& notice : records.subProcessorNotices) {
        const ObjectionState state = ObjectionPeriod::stateOf(notice, today);
        if (state != ObjectionState::Running && state != ObjectionState::Objected) {
            continue;
        }
        DashboardWarning warning;
        warning.entity = EntityKind::SubProcessor;
        warning.entityId = notice.subProcessorId;
        warning.subject = subProcessorNames.value(notice.subProcessorId);
        warning.clientName = clientNames.value(notice.clientId);
        warning.due = notice.objectionDeadline();
        warning.daysLeft = static_cast<int>(ObjectionPeriod::daysLeft(notice, today));
        if (state == ObjectionState::Objected) {
            warning.kind = WarningKind::SubProcessorObjectionOpen;
            warning.level = WarningLevel::Soon;
        } else {
            warning.kind = WarningKind::SubProcessorObjectionPeriod;
            warning.level =
                warning.daysLeft <= kDueSoonDays ? WarningLevel::Soon : WarningLevel::ToDo;
        }
        warnings << warning;
    }
}

} // namespace

QList<DashboardWarning> dashboardWarnings(const DueItems& due, const DashboardInput& records)
{
    // The user's day, as Clock::today() counts it: deadlines are dates where the user is.
    const QDate today = due.now.toLocalTime().date();
    QHash<qint64, QString> clientNames;
    for (const Client& client : records.clients) {
        clientNames.insert(client.id, client.legalName);
    }

    QList<DashboardWarning> warnings;
    addBreachWarnings(due.breachClocks, clientNames, warnings);
    addRequestWarnings(due.requests, records.requests, warnings);
    addAgreementWarnings(records.agreements, clientNames, today, warnings);
    addActivityWarnings(records.activities, warnings);
    addMeasureWarnings(records.measures, today, warnings);
    addObjectionWarnings(records, clientNames, today, warnings);

    // Breach clocks of both kinds together, the one that runs out first first, as DueItems
    // and the banner have them; the others by kind and date, where a null date (a measure
    // never reviewed) sorts first, as the oldest.
    const auto group = [](WarningKind kind) {
        return kind == WarningKind::BreachClientClock ? WarningKind::BreachApClock : kind;
    };
    std::stable_sort(warnings.begin(), warnings.end(),
                     [&group](const DashboardWarning& a, const DashboardWarning& b) {
                         return std::tuple(a.level, group(a.kind), a.clockDeadline, a.due) <
                                std::tuple(b.level, group(b.kind), b.clockDeadline, b.due);
                     });
    return warnings;
}

} // namespace pr::core
