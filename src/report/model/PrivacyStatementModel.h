#pragma once

#include "report/model/DocumentContext.h"

#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the privacy statement (art. 13 and 14): the firm as controller and its own
// processing activities. Fields: docs/templates.md, "Privacy statement".
class PrivacyStatementModel {
public:
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentContext& context,
                             const DocumentLanguage& language);
};

} // namespace pr::report
