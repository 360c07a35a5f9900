#include "JsonTestSupport.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::describe;

namespace {

// Every value of E, put into RECORD by SET, is written as its code at the place FIELD reads
// and read back to the same record.
template <CodedEnum E, typename T>
void checkEveryValue(T record, const std::function<void(T&, E)>& set,
                     const std::function<QJsonValue(const QJsonObject&)>& field)
{
    for (const E value : enumValues<E>()) {
        INFO(enumCode(value).toStdString());
        set(record, value);
        const QJsonObject json = toJson(record);
        CHECK(field(json) == QJsonValue(enumCode(value)));
        T back;
        QList<JsonIssue> issues;
        CHECK(fromJson(json, u"$"_s, back, issues));
        INFO(describe(issues));
        CHECK(back == record);
    }
}

QJsonValue member(const QJsonObject& object, const QString& key)
{
    return object.value(key);
}

QJsonValue nested(const QJsonObject& object, const QString& block, const QString& key)
{
    return object.value(block).toObject().value(key);
}

} // namespace

TEST_CASE("Every enum value is written as its stable code and read back", "[json][enum]")
{
    using Activity = ProcessingActivity;
    const Activity activity = pr::test::fullActivity();
    checkEveryValue<LegalBasis, Activity>(
        activity, [](Activity& a, LegalBasis v) { a.legalBasis = v; },
        [](const QJsonObject& j) { return member(j, u"legalBasis"_s); });
    checkEveryValue<ProcessingRole, Activity>(
        activity, [](Activity& a, ProcessingRole v) { a.role = v; },
        [](const QJsonObject& j) { return member(j, u"role"_s); });
    checkEveryValue<DataSource, Activity>(
        activity, [](Activity& a, DataSource v) { a.source = v; },
        [](const QJsonObject& j) { return member(j, u"source"_s); });
    checkEveryValue<RetentionKind, Activity>(
        activity, [](Activity& a, RetentionKind v) { a.retention.kind = v; },
        [](const QJsonObject& j) { return nested(j, u"retention"_s, u"kind"_s); });
    checkEveryValue<RetentionUnit, Activity>(
        activity, [](Activity& a, RetentionUnit v) { a.retention.unit = v; },
        [](const QJsonObject& j) { return nested(j, u"retention"_s, u"unit"_s); });
    checkEveryValue<RetentionTrigger, Activity>(
        activity, [](Activity& a, RetentionTrigger v) { a.retention.trigger = v; },
        [](const QJsonObject& j) { return nested(j, u"retention"_s, u"trigger"_s); });
    checkEveryValue<TransferSafeguard, Activity>(
        activity, [](Activity& a, TransferSafeguard v) { a.transfers[0].safeguard = v; },
        [](const QJsonObject& j) {
            return j.value(u"transfers"_s).toArray().at(0).toObject().value(u"safeguard"_s);
        });
    checkEveryValue<Art9Exception, Activity>(
        activity,
        [](Activity& a, Art9Exception v) { a.art9Exceptions[SpecialCategory::Health] = v; },
        [](const QJsonObject& j) { return nested(j, u"art9Exceptions"_s, u"health"_s); });
    checkEveryValue<SpecialCategory, Activity>(
        activity, [](Activity& a, SpecialCategory v) { a.specialCategories = v; },
        [](const QJsonObject& j) { return j.value(u"specialCategories"_s).toArray().at(0); });

    checkEveryValue<TransferSafeguard, SubProcessor>(
        pr::test::fullSubProcessor(), [](SubProcessor& s, TransferSafeguard v) { s.safeguard = v; },
        [](const QJsonObject& j) { return member(j, u"safeguard"_s); });
    checkEveryValue<SecurityCategory, SecurityMeasure>(
        pr::test::fullMeasure(), [](SecurityMeasure& m, SecurityCategory v) { m.category = v; },
        [](const QJsonObject& j) { return member(j, u"category"_s); });
    checkEveryValue<MeasureStatus, SecurityMeasure>(
        pr::test::fullMeasure(), [](SecurityMeasure& m, MeasureStatus v) { m.status = v; },
        [](const QJsonObject& j) { return member(j, u"status"_s); });
    checkEveryValue<SigningState, Agreement>(
        pr::test::fullAgreement(), [](Agreement& a, SigningState v) { a.signingState = v; },
        [](const QJsonObject& j) { return member(j, u"signingState"_s); });

    using Request = DataSubjectRequest;
    checkEveryValue<DataSubjectRight, Request>(
        pr::test::fullRequest(), [](Request& r, DataSubjectRight v) { r.right = v; },
        [](const QJsonObject& j) { return member(j, u"right"_s); });
    checkEveryValue<RequestChannel, Request>(
        pr::test::fullRequest(), [](Request& r, RequestChannel v) { r.channel = v; },
        [](const QJsonObject& j) { return member(j, u"channel"_s); });
    checkEveryValue<RequestStatus, Request>(
        pr::test::fullRequest(), [](Request& r, RequestStatus v) { r.status = v; },
        [](const QJsonObject& j) { return member(j, u"status"_s); });

    checkEveryValue<NotificationPhase, Breach>(
        pr::test::fullBreach(),
        [](Breach& b, NotificationPhase v) { b.apNotifications[1].phase = v; },
        [](const QJsonObject& j) {
            return j.value(u"apNotifications"_s).toArray().at(1).toObject().value(u"phase"_s);
        });
    checkEveryValue<AuditAction, AuditEntry>(
        pr::test::fullAuditEntry(), [](AuditEntry& e, AuditAction v) { e.action = v; },
        [](const QJsonObject& j) { return member(j, u"action"_s); });
    checkEveryValue<EntityKind, AuditEntry>(
        pr::test::fullAuditEntry(), [](AuditEntry& e, EntityKind v) { e.entity = v; },
        [](const QJsonObject& j) { return member(j, u"entity"_s); });
}

TEST_CASE("A set of special categories is written in table order, whatever order it is read in",
          "[json][enum]")
{
    ProcessingActivity activity;
    QJsonArray all;
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        activity.specialCategories |= category;
        all.append(enumCode(category));
    }
    CHECK(toJson(activity).value(u"specialCategories"_s).toArray() == all);

    QJsonObject reversed = toJson(activity);
    QJsonArray backwards;
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        backwards.append(all[i]);
    }
    reversed.insert(u"specialCategories"_s, backwards);
    ProcessingActivity back;
    QList<JsonIssue> issues;
    CHECK(fromJson(reversed, u"$"_s, back, issues));
    CHECK(back.specialCategories == activity.specialCategories);
    CHECK(toJson(back).value(u"specialCategories"_s).toArray() == all);
}

TEST_CASE("An exception of art. 9(2) can be kept for every special category", "[json][enum]")
{
    ProcessingActivity activity;
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        activity.art9Exceptions.insert(category, Art9Exception::ExplicitConsent);
    }
    const QJsonObject map = toJson(activity).value(u"art9Exceptions"_s).toObject();
    CHECK(map.size() == enumValues<SpecialCategory>().size());
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        CHECK(map.value(enumCode(category)) == QJsonValue(u"a"_s));
    }
    ProcessingActivity back;
    QList<JsonIssue> issues;
    CHECK(fromJson(toJson(activity), u"$"_s, back, issues));
    CHECK(back == activity);
}
