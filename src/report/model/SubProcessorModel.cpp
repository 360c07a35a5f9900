#include "report/model/SubProcessorModel.h"

#include "report/model/DocumentLanguage.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantList SubProcessorModel::list(const QList<core::SubProcessor>& subProcessors,
                                     const QList<core::ProcessingActivity>& activities,
                                     const QSet<qint64>& activityIds,
                                     const DocumentLanguage& language)
{
    QVariantList list;
    for (const core::SubProcessor& sub : subProcessors) {
        QStringList served;
        for (const core::ProcessingActivity& activity : activities) {
            if (activityIds.contains(activity.id) && sub.activityIds.contains(activity.id)) {
                served.append(activity.name);
            }
        }
        if (served.isEmpty()) {
            continue;
        }
        list.append(QVariantMap{
            {u"name"_s, sub.name},
            {u"service"_s, sub.service},
            {u"country"_s, sub.country},
            {u"dataLocation"_s, sub.dataLocation},
            {u"insideEea"_s, sub.insideEea},
            {u"outsideEea"_s, !sub.insideEea},
            {u"safeguard"_s, sub.safeguard ? language.label(*sub.safeguard) : QString()},
            {u"dpaDate"_s, language.date(sub.dpaDate)},
            {u"needsTransferAssessment"_s, core::needsTransferAssessment(sub)},
            {u"transferAssessmentDate"_s, language.date(sub.transferAssessmentDate)},
            {u"hasTransferAssessment"_s, sub.transferAssessmentDate.isValid()},
            {u"transferAssessmentSummary"_s, sub.transferAssessmentSummary},
            {u"activities"_s, served},
            {u"activitiesText"_s, served.join(u", "_s)},
        });
    }
    return list;
}

QVariantList SubProcessorModel::transferAssessments(const QVariantList& list)
{
    QVariantList assessments;
    for (const QVariant& item : list) {
        const QVariantMap sub = item.toMap();
        const QString summary = sub.value(u"transferAssessmentSummary"_s).toString();
        if (sub.value(u"outsideEea"_s).toBool() && !summary.trimmed().isEmpty()) {
            assessments.append(QVariantMap{{u"name"_s, sub.value(u"name"_s)},
                                           {u"date"_s, sub.value(u"transferAssessmentDate"_s)},
                                           {u"summary"_s, summary}});
        }
    }
    return assessments;
}

} // namespace pr::report
