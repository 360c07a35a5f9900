#include "report/model/MeasureModel.h"

#include "report/model/DocumentLanguage.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantList MeasureModel::groups(const QList<core::SecurityMeasure>& measures,
                                  const DocumentLanguage& language, bool inPlaceOnly)
{
    QVariantList groups;
    for (const core::SecurityCategory category : core::enumValues<core::SecurityCategory>()) {
        QVariantList items;
        for (const core::SecurityMeasure& measure : measures) {
            const bool planned = measure.status == core::MeasureStatus::Planned;
            if (measure.category != category || (inPlaceOnly && planned)) {
                continue;
            }
            items.append(QVariantMap{
                {u"title"_s, measure.title},
                {u"description"_s, measure.description},
                {u"planned"_s, planned},
                {u"status"_s, language.label(measure.status)},
                {u"owner"_s, measure.owner},
                {u"lastReviewDate"_s, language.date(measure.lastReviewDate)},
                {u"plannedDate"_s, language.date(measure.plannedDate)},
            });
        }
        if (!items.isEmpty()) {
            groups.append(QVariantMap{{u"category"_s, language.label(category)},
                                      {u"code"_s, core::enumCode(category)},
                                      {u"measures"_s, items}});
        }
    }
    return groups;
}

QVariantList MeasureModel::planned(const QList<core::SecurityMeasure>& measures,
                                   const DocumentLanguage& language)
{
    QList<core::SecurityMeasure> planned;
    for (const core::SecurityMeasure& measure : measures) {
        if (measure.status == core::MeasureStatus::Planned) {
            planned.append(measure);
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const core::SecurityMeasure& a, const core::SecurityMeasure& b) {
                         if (a.plannedDate.isValid() != b.plannedDate.isValid()) {
                             return a.plannedDate.isValid();
                         }
                         return a.plannedDate < b.plannedDate;
                     });
    QVariantList list;
    for (const core::SecurityMeasure& measure : planned) {
        list.append(QVariantMap{
            {u"title"_s, measure.title},
            {u"description"_s, measure.description},
            {u"category"_s, language.label(measure.category)},
            {u"plannedDate"_s, language.date(measure.plannedDate)},
            {u"hasPlannedDate"_s, measure.plannedDate.isValid()},
        });
    }
    return list;
}

} // namespace pr::report
