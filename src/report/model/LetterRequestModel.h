#pragma once

#include "core/calendar/Period.h"
#include "core/domain/DataSubjectRequest.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The data-subject request as the letters see it: the blocks "requester", "request",
// "deadlines" and "extension" (docs/templates.md, "Letters"). Dates are written out in the
// document's language ("31 januari 2026"); deadlines come from core::requestDeadlines, so the
// letter states the dates the warnings and the calendar work to. The request's notes for the
// file (DataSubjectRequest::notes) are deliberately not in the model: no letter can print them.
class LetterRequestModel {
public:
    // TODAY is the letter's date. Throws storage::MissingRecordError when the request names a
    // client that is gone.
    static QVariantMap build(const storage::SqliteDatabase& db,
                             const core::DataSubjectRequest& request, const core::Period& promise,
                             QDate today, const DocumentLanguage& language);

private:
    static QVariantMap requester(const core::DataSubjectRequest& request);
    static QVariantMap request(const storage::SqliteDatabase& db,
                               const core::DataSubjectRequest& request,
                               const DocumentLanguage& language);
    static QVariantMap refusalGround(const core::DataSubjectRequest& request);
    static QVariantMap right(const core::DataSubjectRequest& request,
                             const DocumentLanguage& language);
    static QVariantMap deadlines(const core::DataSubjectRequest& request,
                                 const core::Period& promise, const DocumentLanguage& language);
    static QVariantMap extension(const core::DataSubjectRequest& request,
                                 const core::Period& promise, QDate today,
                                 const DocumentLanguage& language);
};

} // namespace pr::report
