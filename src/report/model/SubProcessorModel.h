#pragma once

#include "core/domain/ProcessingActivity.h"
#include "core/domain/SubProcessor.h"

#include <QList>
#include <QSet>
#include <QVariantList>

namespace pr::report {

class DocumentLanguage;

// The sub-processors as templates see them (docs/templates.md, "subProcessors").
class SubProcessorModel {
public:
    // The sub-processors that serve at least one of ACTIVITYIDS, each with the names of those
    // of ACTIVITIES it serves; in the order of SUBPROCESSORS.
    static QVariantList list(const QList<core::SubProcessor>& subProcessors,
                             const QList<core::ProcessingActivity>& activities,
                             const QSet<qint64>& activityIds, const DocumentLanguage& language);
    // Of LIST (as list() made it), the transfer impact assessments with a conclusion: "name",
    // "date", "summary". Apart from the table, whose narrow column a conclusion would fill.
    static QVariantList transferAssessments(const QVariantList& list);
};

} // namespace pr::report
