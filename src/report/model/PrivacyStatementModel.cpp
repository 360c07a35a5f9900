#include "report/model/PrivacyStatementModel.h"

#include "report/model/ActivityModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/MeasureModel.h"
#include "report/model/PartyModel.h"
#include "report/model/SubProcessorModel.h"
#include "report/model/TextUnion.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

using core::StatementAudience;

// Whom the statement is for; the template words each audience itself, so that the Dutch
// statement does not depend on the program's translation of the labels.
QVariantMap audienceModel(StatementAudience audience)
{
    return {{u"code"_s, core::enumCode(audience)},
            {u"customers"_s, audience == StatementAudience::Customers},
            {u"staff"_s, audience == StatementAudience::Staff},
            {u"applicants"_s, audience == StatementAudience::Applicants}};
}

// The website's cookies as the firm keeps the list (art. 11.7a Telecommunicatiewet).
QVariantList cookieList(const QList<core::Cookie>& cookies)
{
    QVariantList list;
    for (const core::Cookie& cookie : cookies) {
        list.append(QVariantMap{
            {u"name"_s, cookie.name},
            {u"firstParty"_s, cookie.party == core::CookieParty::FirstParty},
            {u"thirdParty"_s, cookie.party == core::CookieParty::ThirdParty},
            {u"purpose"_s, cookie.purpose},
            {u"duration"_s, cookie.duration},
            {u"functional"_s, cookie.kind == core::CookieKind::Functional},
            {u"analytic"_s, cookie.kind == core::CookieKind::AnalyticWithoutImpact},
            {u"needsConsent"_s, core::needsConsent(cookie.kind)},
        });
    }
    return list;
}

} // namespace

QVariantMap PrivacyStatementModel::build(const storage::SqliteDatabase& db,
                                         const DocumentContext& context,
                                         const DocumentLanguage& language,
                                         core::StatementAudience audience)
{
    // Only the firm's own processing, and of that only what this audience is told about: the
    // staff's records do not belong in the customers' statement.
    QList<core::ProcessingActivity> own;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        if (activity.role == core::ProcessingRole::Controller &&
            activity.audiences.testFlag(audience)) {
            own.append(activity);
        }
    }

    QVariantList activities;
    QVariantList transfers;
    QVariantList otherSources;
    TextUnion dataCategories;
    TextUnion dataSubjects;
    TextUnion recipients;
    QStringList childrenSafeguards;
    QSet<qint64> ids;
    bool special = false;
    bool children = false;
    bool consent = false;
    bool legitimateInterests = false;
    for (const core::ProcessingActivity& activity : own) {
        const QVariantMap model = ActivityModel::build(activity, language);
        activities.append(model);
        transfers.append(model.value(u"transfers"_s).toList());
        ids.insert(activity.id);
        dataCategories.add(activity.dataCategories);
        dataSubjects.add(activity.dataSubjectCategories);
        recipients.add(activity.recipients);
        if (activity.source == core::DataSource::OtherSource) {
            // Art. 14(1)(d) and (2)(f): the kinds of data and where they came from.
            otherSources.append(QVariantMap{{u"name"_s, activity.name},
                                            {u"description"_s, activity.sourceDescription},
                                            {u"dataCategories"_s, activity.dataCategories}});
        }
        special = special || activity.specialCategories != core::SpecialCategories();
        const bool hasChildren =
            activity.specialCategories.testFlag(core::SpecialCategory::Children);
        children = children || hasChildren;
        if (hasChildren && !activity.childrenSafeguards.trimmed().isEmpty()) {
            childrenSafeguards.append(activity.childrenSafeguards.trimmed());
        }
        const QVariantMap basis = model.value(u"legalBasis"_s).toMap();
        consent = consent || basis.value(u"consent"_s).toBool();
        legitimateInterests = legitimateInterests || basis.value(u"legitimateInterests"_s).toBool();
    }

    const QVariantList suppliers =
        SubProcessorModel::list(storage::SubProcessorRepository::all(db), own, ids, language);
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});
    const QVariantList cookies = cookieList(firm.statement.cookies);
    const bool consentCookies =
        std::any_of(firm.statement.cookies.cbegin(), firm.statement.cookies.cend(),
                    [](const core::Cookie& cookie) { return core::needsConsent(cookie.kind); });
    return {
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(firm)},
        {u"audience"_s, audienceModel(audience)},
        {u"cookies"_s, cookies},
        {u"hasCookies"_s, !cookies.isEmpty()},
        {u"hasConsentCookies"_s, consentCookies},
        {u"automatedDecisions"_s, automatedDecisions(firm.statement)},
        {u"notMeantForChildren"_s, firm.statement.notMeantForChildren},
        {u"activities"_s, activities},
        {u"hasActivities"_s, !activities.isEmpty()},
        {u"dataCategories"_s, dataCategories.values()},
        {u"dataSubjectCategories"_s, dataSubjects.values()},
        {u"recipients"_s, recipients.values()},
        {u"hasRecipients"_s, !recipients.values().isEmpty()},
        {u"otherSources"_s, otherSources},
        {u"hasOtherSources"_s, !otherSources.isEmpty()},
        {u"hasSpecialCategories"_s, special},
        {u"hasChildren"_s, children},
        {u"childrenSafeguards"_s, childrenSafeguards},
        {u"hasConsent"_s, consent},
        {u"hasLegitimateInterests"_s, legitimateInterests},
        {u"transfers"_s, transfers},
        {u"hasTransfers"_s, !transfers.isEmpty()},
        {u"suppliers"_s, suppliers},
        {u"hasSuppliers"_s, !suppliers.isEmpty()},
        {u"measureGroups"_s,
         MeasureModel::groups(storage::SecurityMeasureRepository::all(db), language, true)},
    };
}

QVariantMap PrivacyStatementModel::automatedDecisions(const core::PrivacyStatementFacts& facts)
{
    const QString described = facts.automatedDecisions.trimmed();
    return {{u"none"_s, facts.noAutomatedDecisions && described.isEmpty()},
            {u"described"_s, !described.isEmpty()},
            {u"text"_s, described},
            {u"recorded"_s, facts.noAutomatedDecisions || !described.isEmpty()}};
}

} // namespace pr::report
