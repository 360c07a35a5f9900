#pragma once

#include "core/domain/Agreement.h"
#include "report/DocumentRequest.h"
#include "usecases/steps/StepChange.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::usecases {

class UseCaseContext;

// What signing an agreement gives: the step's change (the agreement before and after) and
// the signed PDF, empty when signing was refused or failed.
struct SignedAgreement {
    StepChange<core::Agreement> step;
    QByteArray pdf;

    bool ok() const { return step.taken(); }
};

// Signing a data processing agreement for the firm with the register's certificate, for the
// desktop program's "Sign with certificate…" and `privacyregister-cli render dpa --sign`:
//
// 1. the step "signed by us" must be possible (AgreementSteps: a draft or a sent agreement);
// 2. the DPA is rendered as PDF in memory, its signature block dated today;
// 3. it is signed (PAdES B-B) with the certificate kept in the register, the place and contact
//    being the organisation's city and e-mail address;
// 4. the step is recorded for today (who signed: the agreement's firm signatory, else the
//    organisation's representative; where: the organisation's city) and the signed PDF is
//    kept with the agreement (Agreement::firmSignedPdf), all in one write.
//
// A refusal or failure changes nothing and says why (no certificate, an expired one, a
// template that cannot be used, a step the agreement cannot take).
class SignAgreement {
    Q_DECLARE_TR_FUNCTIONS(SignAgreement)

public:
    // Whether the register holds a certificate to sign with.
    static bool available(const storage::SqliteDatabase& db);

    // Signs agreement AGREEMENTID. DOCUMENT gives the language and template of the DPA; its
    // kind, format, client, agreement and signing date are the use case's.
    static SignedAgreement sign(const UseCaseContext& context, qint64 agreementId,
                                report::DocumentRequest document = {});
};

} // namespace pr::usecases
