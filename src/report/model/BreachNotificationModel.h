#pragma once

#include "report/DocumentRequest.h"
#include "report/model/DocumentContext.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view models of the breach documents (docs/templates.md, "Data breaches"):
//
// - the notification to the AP (melding-datalek-ap.html), only of a breach of the firm's own
//   data: as processor the client reports, so the firm gets no AP notification to send;
// - the notification to the client (melding-datalek-opdrachtgever.html), only of a breach of a
//   client's data (art. 33(2), (3));
// - the letter to the people affected (brief-datalek-betrokkenen.html), only as controller
//   (art. 34(2));
// - the register of breaches (register-datalekken.html), every breach, reported or not
//   (art. 33(5)).
//
// Throws ReportError when the request does not fit the breach's role, MissingRecordError for a
// breach or client that is not in the register.
class BreachNotificationModel {
    Q_DECLARE_TR_FUNCTIONS(pr::report::BreachNotificationModel)

public:
    static QVariantMap build(const storage::SqliteDatabase& db, const DocumentRequest& request,
                             const DocumentContext& context, const DocumentLanguage& language);
    static QVariantMap buildRegister(const storage::SqliteDatabase& db,
                                     const DocumentContext& context,
                                     const DocumentLanguage& language);
};

} // namespace pr::report
