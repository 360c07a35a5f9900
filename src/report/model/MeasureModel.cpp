#include "report/model/MeasureModel.h"

#include "report/model/DocumentLanguage.h"

#include <QVariantMap>

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

} // namespace pr::report
