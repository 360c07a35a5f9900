#pragma once

#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"

#include <QList>
#include <QVariantList>

namespace pr::report {

class DocumentLanguage;

// The security measures of Bijlage 2 as templates see them: one group per category that has
// measures, in the order of SecurityCategory (docs/templates.md, "measureGroups").
class MeasureModel {
public:
    // MEASURES in the order of SecurityMeasureRepository::all() (by category, then title).
    // INPLACEONLY leaves out planned measures (the privacy statement promises only what is
    // done; the DPA and the register show both, planned ones marked).
    static QVariantList groups(const QList<core::SecurityMeasure>& measures,
                               const DocumentLanguage& language, bool inPlaceOnly = false);
    // The planned measures alone, by the date they will be in force (undated last), for a
    // DPA that lists them apart from the measures it can promise ("plannedMeasures").
    static QVariantList planned(const QList<core::SecurityMeasure>& measures,
                                const DocumentLanguage& language);
};

} // namespace pr::report
