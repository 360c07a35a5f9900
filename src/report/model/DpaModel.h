#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Client.h"
#include "report/model/DocumentContext.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The view model of the data processing agreement with one client (art. 28(3)): both
// parties, that client's agreement, Bijlage 1 with only the activities of that agreement, each
// as it applies to that client (core::activityForClient), Bijlage 2, the sub-processors of
// those activities and the signature block. Fields: docs/templates.md, "Data processing
// agreement".
class DpaModel {
    Q_DECLARE_TR_FUNCTIONS(pr::report::DpaModel)

public:
    // AGREEMENTID 0: the client's current agreement (the latest that is not terminated, else
    // the latest). Throws storage::MissingRecordError when there is no such client or
    // agreement, ReportError when the client has no agreement at all or AGREEMENTID belongs to
    // another client.
    // FIRMSIGNSON (DocumentRequest::firmSignsOn) fills the firm's date and missing place.
    // NEWVERSIONDRAFT (DocumentRequest::newVersionDraft): the draft of a new version of a signed
    // agreement: the signature block open (no dates, places or signature image), the state a
    // draft, and document.newVersionDraft true.
    static QVariantMap build(const storage::SqliteDatabase& db, qint64 clientId, qint64 agreementId,
                             const DocumentContext& context, const DocumentLanguage& language,
                             const QDate& firmSignsOn = {}, bool newVersionDraft = false);

    // The agreement build() uses for CLIENTID and AGREEMENTID. Throws as build().
    static core::Agreement agreementFor(const storage::SqliteDatabase& db, qint64 clientId,
                                        qint64 agreementId);

    // Which of a client's AGREEMENTS (by start date, as AgreementRepository::forClient gives
    // them) AGREEMENTID 0 means: the latest that is not terminated, else the latest. Empty
    // when there are none. Public so that a program offering the choice marks the same one.
    static std::optional<core::Agreement> current(const QList<core::Agreement>& agreements);

private:
    static core::Agreement chooseAgreement(const storage::SqliteDatabase& db,
                                           const core::Client& client, qint64 agreementId);
};

} // namespace pr::report
