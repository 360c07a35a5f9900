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

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantMap PrivacyStatementModel::build(const storage::SqliteDatabase& db,
                                         const DocumentContext& context,
                                         const DocumentLanguage& language)
{
    QList<core::ProcessingActivity> own;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        if (activity.role == core::ProcessingRole::Controller) {
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
        consent = consent || activity.legalBasis == core::LegalBasis::Consent;
        legitimateInterests =
            legitimateInterests || activity.legalBasis == core::LegalBasis::LegitimateInterests;
    }

    const QVariantList suppliers =
        SubProcessorModel::list(storage::SubProcessorRepository::all(db), own, ids, language);
    return {
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(
                        storage::OrganisationRepository::find(db).value_or(core::Organisation{}))},
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

} // namespace pr::report
