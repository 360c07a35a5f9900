#include "report/model/BreachModel.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/workflow/BreachDuty.h"
#include "report/model/DocumentLanguage.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// A code such as "wrong-recipient" as a template name: "wrongRecipient".
QString camelCase(const QString& code)
{
    QString name;
    bool upper = false;
    for (const QChar c : code) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

// Every value of E as NAME: whether it is among VALUES; the template words each one.
template <core::CodedEnum E>
QVariantMap flagsOf(const QList<E>& values)
{
    QVariantMap flags;
    for (const E value : core::enumValues<E>()) {
        flags.insert(camelCase(core::enumCode(value)), values.contains(value));
    }
    return flags;
}

// "min" and "max" as numbers, and which of them the record knows.
QVariantMap rangeOf(const std::optional<qint64>& min, const std::optional<qint64>& max,
                    const DocumentLanguage& language)
{
    const bool both = min && max && *min != *max;
    const bool exact = min && max && *min == *max;
    return {
        {u"known"_s, min.has_value() || max.has_value()},
        {u"min"_s, min ? language.number(*min) : QString()},
        {u"max"_s, max ? language.number(*max) : QString()},
        {u"range"_s, both},
        {u"exact"_s, exact},
        {u"onlyMin"_s, min.has_value() && !max.has_value()},
        {u"onlyMax"_s, max.has_value() && !min.has_value()},
    };
}

QVariantMap decisionOf(const std::optional<bool>& decision)
{
    return {{u"yes"_s, decision == true},
            {u"no"_s, decision == false},
            {u"open"_s, !decision.has_value()}};
}

QVariantList reportsOf(const core::Breach& breach, const DocumentLanguage& language)
{
    QVariantList reports;
    for (const core::ApNotification& report : breach.apNotifications) {
        reports << QVariantMap{
            {u"initial"_s, report.phase == core::NotificationPhase::Initial},
            {u"followUp"_s, report.phase == core::NotificationPhase::FollowUp},
            {u"at"_s, BreachModel::moment(report.at, language)},
            {u"summary"_s, report.summary},
            {u"final"_s, report.final},
        };
    }
    return reports;
}

QStringList specialLabels(core::SpecialCategories flags, const DocumentLanguage& language)
{
    QStringList labels;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (flags.testFlag(category)) {
            labels << language.label(category);
        }
    }
    return labels;
}

QVariantMap clocksOf(const core::Breach& breach, const QList<core::Agreement>& agreements,
                     const DocumentLanguage& language)
{
    const core::BreachDuty duty = core::BreachDuty::of(breach, agreements);
    const core::ClientBreachWindow window = core::ClientBreachWindow::of(
        breach.clientId, agreements, breach.discoveredAt.toLocalTime().date());
    const bool processor = duty.role == core::BreachRole::Processor;
    return {
        {u"apDeadline"_s,
         processor
             ? QString()
             : BreachModel::moment(core::apNotificationDeadline(breach.discoveredAt), language)},
        {u"clientHours"_s, processor ? language.number(window.hours) : QString()},
        // Only the window of an agreement in force at the discovery binds as the agreement's.
        {u"clientWindowFromAgreement"_s,
         processor && window.source == core::WindowSource::AgreementInForce},
        {u"clientDeadline"_s,
         processor
             ? BreachModel::moment(
                   core::clientNotificationDeadline(breach.discoveredAt, window.hours), language)
             : QString()},
    };
}

} // namespace

QString BreachModel::moment(const QDateTime& moment, const DocumentLanguage& language)
{
    if (!moment.isValid()) {
        return {};
    }
    // The AP's form and the people affected read Dutch time, wherever the program runs.
    const QTimeZone amsterdam("Europe/Amsterdam");
    const QDateTime dutch =
        amsterdam.isValid() ? moment.toTimeZone(amsterdam) : moment.toLocalTime();
    return language.date(dutch.date()) + u", "_s + dutch.time().toString(u"HH:mm"_s);
}

QVariantMap BreachModel::build(const core::Breach& breach, const QList<core::Agreement>& agreements,
                               const DocumentLanguage& language)
{
    const bool processor = core::BreachDuty::roleOf(breach) == core::BreachRole::Processor;
    const QStringList special = specialLabels(breach.specialCategories, language);
    return {
        {u"reference"_s, breach.reference},
        {u"controller"_s, !processor},
        {u"processor"_s, processor},
        {u"internalReporter"_s, breach.internalReporter},
        {u"apContactPerson"_s, breach.apContactPerson},
        {u"discoveredAt"_s, moment(breach.discoveredAt, language)},
        {u"startedAt"_s, moment(breach.startedAt, language)},
        {u"endedAt"_s, moment(breach.endedAt, language)},
        {u"ongoing"_s, breach.ongoing},
        {u"endUnknown"_s, !breach.ongoing && !breach.endedAt.isValid()},
        {u"kinds"_s, flagsOf(breach.natures)},
        {u"kindsKnown"_s, !breach.natures.isEmpty()},
        {u"description"_s, breach.description},
        {u"cause"_s, breach.cause},
        {u"dataCategories"_s, breach.dataCategories},
        {u"hasDataCategories"_s, !breach.dataCategories.isEmpty()},
        {u"specialCategories"_s, special},
        {u"hasSpecialCategories"_s, !special.isEmpty()},
        {u"dataSubjectCategories"_s, breach.dataSubjectCategories},
        {u"people"_s, rangeOf(breach.approxSubjectCount, breach.maxSubjectCount, language)},
        {u"records"_s, rangeOf(breach.approxRecordCount, breach.maxRecordCount, language)},
        {u"unintelligible"_s, decisionOf(breach.unintelligible)},
        {u"protection"_s, breach.protection},
        {u"lost"_s, QVariantMap{{u"confidentiality"_s, breach.confidentialityLost},
                                {u"integrity"_s, breach.integrityLost},
                                {u"availability"_s, breach.availabilityLost},
                                {u"any"_s, breach.confidentialityLost || breach.integrityLost ||
                                               breach.availabilityLost}}},
        {u"likelyConsequences"_s, breach.likelyConsequences},
        {u"measuresTaken"_s, breach.measuresTaken},
        {u"measuresPlanned"_s, breach.measuresPlanned},
        {u"risk"_s, QVariantMap{{u"assessed"_s, breach.risk.has_value()},
                                {u"none"_s, breach.risk == core::BreachRisk::None},
                                {u"risk"_s, breach.risk == core::BreachRisk::Risk},
                                {u"high"_s, breach.risk == core::BreachRisk::High},
                                {u"reasoning"_s, breach.riskReasoning}}},
        {u"otherEuCountries"_s, breach.otherEuCountries},
        {u"otherEuCountriesDetail"_s, breach.otherEuCountriesDetail},
        {u"otherAuthorities"_s, breach.otherAuthorities},
        {u"ap"_s, QVariantMap{{u"notified"_s, decisionOf(breach.apNotified)},
                              {u"notNotifiedReason"_s, breach.apNotNotifiedReason},
                              {u"reference"_s, breach.apReference},
                              {u"reports"_s, reportsOf(breach, language)},
                              {u"hasReports"_s, !breach.apNotifications.isEmpty()},
                              {u"final"_s, !breach.apNotifications.isEmpty() &&
                                               breach.apNotifications.constLast().final}}},
        {u"subjects"_s,
         QVariantMap{
             {u"informed"_s, decisionOf(breach.subjectsInformed)},
             {u"date"_s, language.date(breach.subjectsInformedDate)},
             {u"how"_s, breach.subjectsInformedHow},
             {u"ground"_s,
              flagsOf(breach.subjectsNotInformedGround
                          ? QList<core::NotInformedGround>{*breach.subjectsNotInformedGround}
                          : QList<core::NotInformedGround>{})},
             {u"reason"_s, breach.subjectsNotInformedReason}}},
        {u"clientNotifiedAt"_s, moment(breach.clientNotifiedAt, language)},
        {u"clocks"_s, clocksOf(breach, agreements, language)},
    };
}

} // namespace pr::report
