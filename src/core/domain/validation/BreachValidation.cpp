#include "core/domain/validation/BreachValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"
#include "core/workflow/BreachDuty.h"

#include <QCoreApplication>

namespace pr::core {

using validation::indexedField;
using validation::IssueList;
using validation::memberField;

namespace {

QString beforeDiscovery()
{
    return QCoreApplication::translate("Validation", "Cannot be before the breach was discovered.");
}

void checkApNotifications(const Breach& value, IssueList& issues)
{
    const QString field = QStringLiteral("apNotifications");
    if (value.apNotified == false) {
        // Art. 33(5): a controller documents why it did not report. As processor the firm does
        // not report at all (the client does, BreachDuty): no reason of its own to give.
        if (BreachDuty::decidesApReport(value)) {
            issues.requireText(QStringLiteral("apNotNotifiedReason"), value.apNotNotifiedReason);
        }
        if (!value.apNotifications.isEmpty()) {
            issues.add(field, QCoreApplication::translate(
                                  "Validation", "Reports are listed, but the breach is marked "
                                                "as not reported."));
        }
        return;
    }
    if (value.apNotified == true && value.apNotifications.isEmpty()) {
        issues.add(field, QCoreApplication::translate(
                              "Validation", "Add the report to the Autoriteit Persoonsgegevens."));
    }
    QDateTime previous = value.discoveredAt;
    for (qsizetype i = 0; i < value.apNotifications.size(); ++i) {
        const ApNotification& report = value.apNotifications[i];
        const QString item = indexedField(field, i);
        // The first report opens the case at the AP; every later one adds to it.
        const NotificationPhase expected =
            i == 0 ? NotificationPhase::Initial : NotificationPhase::FollowUp;
        if (report.phase != expected) {
            issues.add(
                memberField(item, QStringLiteral("phase")),
                i == 0 ? QCoreApplication::translate("Validation", "The first report must be the "
                                                                   "initial one.")
                       : QCoreApplication::translate("Validation", "Only the first report is the "
                                                                   "initial one."));
        }
        const QString at = memberField(item, QStringLiteral("at"));
        if (!report.at.isValid()) {
            issues.add(at, QCoreApplication::translate("Validation", "Required."));
            continue;
        }
        if (!issues.checkNotBefore(at, report.at, value.discoveredAt, beforeDiscovery())) {
            issues.checkNotBefore(at, report.at, previous,
                                  QCoreApplication::translate(
                                      "Validation", "Cannot be before the report before it."));
        }
        previous = report.at;
    }
}

void checkSubjectsInformed(const Breach& value, IssueList& issues)
{
    if (value.subjectsInformed == true) {
        if (!value.subjectsInformedDate.isValid()) {
            issues.add(QStringLiteral("subjectsInformedDate"),
                       QCoreApplication::translate("Validation", "Required."));
        } else if (value.discoveredAt.isValid()) {
            issues.checkNotBefore(QStringLiteral("subjectsInformedDate"),
                                  value.subjectsInformedDate, value.discoveredAt.date(),
                                  beforeDiscovery());
        }
    } else if (value.subjectsInformed == false) {
        issues.requireText(QStringLiteral("subjectsNotInformedReason"),
                           value.subjectsNotInformedReason);
    }
}

// A range "at least MIN, at most MAX": each part may be unknown, MAX not below MIN.
void checkRange(const QString& minField, std::optional<qint64> min, const QString& maxField,
                std::optional<qint64> max, IssueList& issues)
{
    if (min) {
        issues.checkNotNegative(minField, *min);
    }
    if (max) {
        issues.checkNotNegative(maxField, *max);
        if (min && *max < *min) {
            issues.add(maxField,
                       QCoreApplication::translate("Validation", "Cannot be below the minimum."));
        }
    }
}

void checkTimeline(const Breach& value, IssueList& issues)
{
    // A breach may go on for a while before anyone notices: the start may lie before the
    // discovery, the end before or after it, but not before the start.
    if (value.startedAt.isValid() && value.discoveredAt.isValid() &&
        value.startedAt > value.discoveredAt) {
        issues.add(QStringLiteral("startedAt"),
                   QCoreApplication::translate("Validation",
                                               "Cannot be after the breach was discovered."));
    }
    issues.checkNotBefore(
        QStringLiteral("endedAt"), value.endedAt, value.startedAt,
        QCoreApplication::translate("Validation", "Cannot be before the breach started."));
    if (value.ongoing && value.endedAt.isValid()) {
        issues.add(QStringLiteral("endedAt"),
                   QCoreApplication::translate("Validation", "A breach that still goes on has "
                                                             "no end yet."));
    }
}

void checkFinalReport(const Breach& value, IssueList& issues)
{
    // Art. 33(4): a final report closes the phases; only the last one can be it.
    for (qsizetype i = 0; i + 1 < value.apNotifications.size(); ++i) {
        if (value.apNotifications[i].final) {
            issues.add(memberField(indexedField(QStringLiteral("apNotifications"), i),
                                   QStringLiteral("final")),
                       QCoreApplication::translate("Validation",
                                                   "Only the last report can be the final one."));
        }
    }
}

void checkRiskAndInforming(const Breach& value, IssueList& issues)
{
    if (value.risk) {
        issues.requireText(QStringLiteral("riskReasoning"), value.riskReasoning);
    }
    if (value.unintelligible == true) {
        issues.requireText(QStringLiteral("protection"), value.protection);
    }
    if (value.subjectsNotInformedGround && value.subjectsInformed != false) {
        issues.add(QStringLiteral("subjectsNotInformedGround"),
                   QCoreApplication::translate("Validation", "Only for people not informed."));
    }
    if (value.subjectsNotInformedGround == NotInformedGround::NoHighRisk &&
        value.risk == BreachRisk::High) {
        issues.add(QStringLiteral("subjectsNotInformedGround"),
                   QCoreApplication::translate("Validation",
                                               "The risk is assessed as high: at a high risk "
                                               "the people must be told, unless art. 34(3) "
                                               "applies."));
    }
    if (value.subjectsNotInformedGround == NotInformedGround::Unintelligible &&
        value.unintelligible == false) {
        issues.add(QStringLiteral("subjectsNotInformedGround"),
                   QCoreApplication::translate("Validation", "The breach records that the data "
                                                             "was not unintelligible."));
    }
}

} // namespace

QList<ValidationIssue> validate(const Breach& value)
{
    IssueList issues;
    if (!value.discoveredAt.isValid()) {
        issues.add(QStringLiteral("discoveredAt"),
                   QCoreApplication::translate("Validation",
                                               "Required: the notification clocks run from it."));
    }
    issues.requireText(QStringLiteral("description"), value.description);
    issues.checkTextList(QStringLiteral("dataCategories"), value.dataCategories, false);
    issues.checkTextList(QStringLiteral("dataSubjectCategories"), value.dataSubjectCategories,
                         false);
    checkTimeline(value, issues);
    checkRange(QStringLiteral("approxSubjectCount"), value.approxSubjectCount,
               QStringLiteral("maxSubjectCount"), value.maxSubjectCount, issues);
    checkRange(QStringLiteral("approxRecordCount"), value.approxRecordCount,
               QStringLiteral("maxRecordCount"), value.maxRecordCount, issues);
    checkApNotifications(value, issues);
    checkFinalReport(value, issues);
    checkSubjectsInformed(value, issues);
    checkRiskAndInforming(value, issues);
    if (value.clientId < 0) {
        issues.add(QStringLiteral("clientId"),
                   QCoreApplication::translate("Validation", "Not a stored record."));
    }
    if (value.clientNotifiedAt.isValid() && value.clientId == 0) {
        issues.add(QStringLiteral("clientNotifiedAt"),
                   QCoreApplication::translate(
                       "Validation", "Only a breach of a client's data has a client to notify: "
                                     "choose the client."));
    } else {
        issues.checkNotBefore(QStringLiteral("clientNotifiedAt"), value.clientNotifiedAt,
                              value.discoveredAt, beforeDiscovery());
    }
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
