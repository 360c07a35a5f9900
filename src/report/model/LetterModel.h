#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/Organisation.h"
#include "report/DocumentRequest.h"
#include "report/model/DocumentContext.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the letters about a data-subject request (DocumentKind's letters): the
// same map for each, so that a template author learns it once and the letters share partials.
// Fields: docs/templates.md, "Letters".
class LetterModel {
public:
    // Throws storage::MissingRecordError when REQUEST's data-subject request (or an activity
    // of the access letter) is not in the register, ReportError when the letter does not fit
    // the request's state (LetterEligibility).
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentRequest& request,
                             const DocumentContext& context, const DocumentLanguage& language);

private:
    static QVariantMap signatory(const core::Organisation& firm);
    static QVariantMap firmFacts(const core::Organisation& firm);
    static QDate decisionDate(DocumentKind kind, const core::DataSubjectRequest& request,
                              QDate today);
};

} // namespace pr::report
