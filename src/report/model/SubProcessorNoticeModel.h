#pragma once

#include "report/DocumentRequest.h"
#include "report/model/DocumentContext.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the notice that tells a client of a new or replacing sub-processor
// (kennisgeving-subverwerker.html, docs/templates.md): the sub-processor with its service,
// location and transfer safeguard, the activities of the client's agreement it serves, and
// the objection period of that agreement (art. 9.2). A notice already recorded gives its own
// date, change and period; otherwise the notice is dated today with the agreement's period.
// Throws ReportError when the sub-processor serves none of the client's agreed activities.
class SubProcessorNoticeModel {
public:
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentRequest& request,
                             const DocumentContext& context, const DocumentLanguage& language);
};

} // namespace pr::report
