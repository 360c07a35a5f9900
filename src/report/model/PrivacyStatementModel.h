#pragma once

#include "core/domain/PrivacyStatementFacts.h"
#include "core/domain/StatementAudience.h"
#include "report/model/DocumentContext.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the privacy statement (art. 13 and 14) for one audience: the firm as
// controller and those of its own processing activities that the audience's statement names,
// with the organisation's statement facts (cookies, automated decisions, children). Fields:
// docs/templates.md, "Privacy statement".
class PrivacyStatementModel {
public:
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentContext& context,
                             const DocumentLanguage& language,
                             core::StatementAudience audience = core::StatementAudience::Customers);
    // What the firm recorded about automated decisions (art. 22): "none" (it takes none),
    // "described" with "text" (those it takes), "recorded" (either). The privacy statement and
    // the access answer (art. 15(1)(h)) say the same, from this one fact.
    static QVariantMap automatedDecisions(const core::PrivacyStatementFacts& facts);
};

} // namespace pr::report
