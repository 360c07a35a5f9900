#pragma once

#include "core/domain/ProcessingActivity.h"

#include <QVariantMap>

namespace pr::report {

class DocumentLanguage;

// One processing activity as the templates see it: the same map in the privacy statement,
// Bijlage 1 of the DPA and both parts of the register, so that a template author learns it
// once (docs/templates.md, "activity"). Every value is plain text (escaped when rendered),
// a list of text, a boolean or a map of those; labels and periods are in LANGUAGE.
class ActivityModel {
public:
    static QVariantMap build(const core::ProcessingActivity& activity,
                             const DocumentLanguage& language);

private:
    static QVariantMap legalBasis(const core::ProcessingActivity& activity,
                                  const DocumentLanguage& language);
    static QVariantList specialCategories(const core::ProcessingActivity& activity,
                                          const DocumentLanguage& language);
    static QVariantMap retention(const core::RetentionPeriod& period,
                                 const DocumentLanguage& language);
    static QVariantList transfers(const core::ProcessingActivity& activity,
                                  const DocumentLanguage& language);
    static QVariantList staffRoles(const core::ProcessingActivity& activity);
};

} // namespace pr::report
