#pragma once

#include "core/domain/ProcessingActivity.h"
#include "report/model/DocumentContext.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the register of processing activities (art. 30): part A, the firm as
// controller (30(1)); part B, the firm as processor, per client (30(2)), each activity as it
// applies to that client (core::activityForClient). Fields: docs/templates.md, "Register of
// processing activities".
class ProcessingRegisterModel {
public:
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentContext& context,
                             const DocumentLanguage& language);

private:
    static QVariantList clients(const storage::SqliteDatabase& db,
                                const QList<core::ProcessingActivity>& processorActivities,
                                const DocumentLanguage& language);
};

} // namespace pr::report
