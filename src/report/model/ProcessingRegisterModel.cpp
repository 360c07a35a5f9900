#include "report/model/ProcessingRegisterModel.h"

#include "core/domain/ActivityForClient.h"
#include "report/model/ActivityModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/MeasureModel.h"
#include "report/model/PartyModel.h"
#include "report/model/SubProcessorModel.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantList
ProcessingRegisterModel::clients(const storage::SqliteDatabase& db,
                                 const QList<core::ProcessingActivity>& processorActivities,
                                 const DocumentLanguage& language)
{
    QVariantList list;
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        // What the firm does for the client: the activities that name the client, and those
        // of the client's agreements, so that neither side of a mismatch goes missing.
        QSet<qint64> agreed;
        for (const core::Agreement& agreement :
             storage::AgreementRepository::forClient(db, client.id)) {
            for (const qint64 id : agreement.activityIds) {
                agreed.insert(id);
            }
        }
        QVariantList activities;
        for (const core::ProcessingActivity& activity : processorActivities) {
            if (activity.clientIds.contains(client.id) || agreed.contains(activity.id)) {
                // Art. 30(2)(b): the categories of processing for this controller, so its own.
                activities.append(
                    ActivityModel::build(core::activityForClient(activity, client.id), language));
            }
        }
        QVariantMap model = PartyModel::client(client);
        model.insert(u"activities"_s, activities);
        model.insert(u"hasActivities"_s, !activities.isEmpty());
        list.append(model);
    }
    return list;
}

QVariantMap ProcessingRegisterModel::build(const storage::SqliteDatabase& db,
                                           const DocumentContext& context,
                                           const DocumentLanguage& language)
{
    const QList<core::ProcessingActivity> all = storage::ActivityRepository::all(db);
    QVariantList controllerActivities;
    QList<core::ProcessingActivity> processorActivities;
    QSet<qint64> ids;
    for (const core::ProcessingActivity& activity : all) {
        ids.insert(activity.id);
        if (activity.role == core::ProcessingRole::Controller) {
            controllerActivities.append(ActivityModel::build(activity, language));
        } else {
            processorActivities.append(activity);
        }
    }
    const QVariantList clientList = clients(db, processorActivities, language);
    const QVariantList subProcessors =
        SubProcessorModel::list(storage::SubProcessorRepository::all(db), all, ids, language);
    return {
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(
                        storage::OrganisationRepository::find(db).value_or(core::Organisation{}))},
        {u"controllerActivities"_s, controllerActivities},
        {u"hasControllerActivities"_s, !controllerActivities.isEmpty()},
        {u"clients"_s, clientList},
        {u"hasClients"_s, !clientList.isEmpty()},
        {u"subProcessors"_s, subProcessors},
        {u"hasSubProcessors"_s, !subProcessors.isEmpty()},
        {u"measureGroups"_s,
         MeasureModel::groups(storage::SecurityMeasureRepository::all(db), language)},
    };
}

} // namespace pr::report
