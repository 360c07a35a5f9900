#include "report/model/AccessAnswerModel.h"

#include "core/domain/EntityKind.h"
#include "report/ReportError.h"
#include "report/model/ActivityModel.h"
#include "report/model/SubProcessorModel.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantMap AccessAnswerModel::build(const storage::SqliteDatabase& db,
                                     const QList<qint64>& activityIds,
                                     const DocumentLanguage& language)
{
    const QList<core::SubProcessor> subProcessors = storage::SubProcessorRepository::all(db);
    QVariantList activities;
    QSet<qint64> seen;
    bool transfers = false;
    bool otherSource = false;
    bool specialCategories = false;
    for (const qint64 id : activityIds) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        const std::optional<core::ProcessingActivity> activity =
            storage::ActivityRepository::find(db, id);
        if (!activity) {
            throw storage::MissingRecordError(core::EntityKind::ProcessingActivity, id);
        }
        if (activity->role != core::ProcessingRole::Controller) {
            throw ReportError(tr("\"%1\" is done for clients as processor: the client answers "
                                 "access requests about it. Choose only the firm's own "
                                 "processing activities.")
                                  .arg(activity->name)
                                  .toStdString());
        }
        QVariantMap model = ActivityModel::build(*activity, language);
        const QVariantList serving =
            SubProcessorModel::list(subProcessors, {*activity}, {activity->id}, language);
        model.insert(u"subProcessors"_s, serving);
        model.insert(u"hasSubProcessors"_s, !serving.isEmpty());
        // Art. 15(1)(c): recipients of any kind, the sub-processors among them.
        model.insert(u"hasAnyRecipients"_s, !activity->recipients.isEmpty() || !serving.isEmpty());
        bool outsideEea = !activity->transfers.isEmpty();
        for (const QVariant& sub : serving) {
            outsideEea = outsideEea || sub.toMap().value(u"outsideEea"_s).toBool();
        }
        model.insert(u"outsideEea"_s, outsideEea);
        transfers = transfers || outsideEea;
        otherSource = otherSource || activity->source == core::DataSource::OtherSource;
        specialCategories =
            specialCategories || activity->specialCategories != core::SpecialCategories();
        activities.append(model);
    }
    return {{u"activities"_s, activities},
            {u"hasActivities"_s, !activities.isEmpty()},
            {u"hasTransfers"_s, transfers},
            {u"hasOtherSources"_s, otherSource},
            {u"hasSpecialCategories"_s, specialCategories}};
}

QVariantMap AccessAnswerModel::empty()
{
    return {{u"activities"_s, QVariantList()},
            {u"hasActivities"_s, false},
            {u"hasTransfers"_s, false},
            {u"hasOtherSources"_s, false},
            {u"hasSpecialCategories"_s, false}};
}

} // namespace pr::report
