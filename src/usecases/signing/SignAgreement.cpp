#include "usecases/signing/SignAgreement.h"

#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "crypto/signing/SigningError.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "report/signing/PdfSigner.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "usecases/UseCaseContext.h"
#include "usecases/steps/AgreementSteps.h"

namespace pr::usecases {

namespace {

SignedAgreement refused(qint64 id, QString why)
{
    SignedAgreement signedAgreement;
    signedAgreement.step.result = ChangeResult::refusedBecause(std::move(why));
    signedAgreement.step.result.id = id;
    return signedAgreement;
}

// Who signs: the agreement's own firm signatory where it names one, else the representative
// of the organisation; the place is the organisation's city unless the agreement has one.
core::Signatory firmSignatory(const core::Agreement& agreement,
                              const std::optional<core::Organisation>& firm)
{
    core::Signatory signatory;
    if (!firm) {
        return signatory;
    }
    if (agreement.firmSignatory.name.trimmed().isEmpty()) {
        signatory.name = firm->representativeName;
        signatory.function = firm->representativeFunction;
    }
    if (agreement.firmSignatory.place.trimmed().isEmpty()) {
        signatory.place = firm->city;
    }
    return signatory;
}

} // namespace

bool SignAgreement::available(const storage::SqliteDatabase& db)
{
    return storage::SigningCertificateRepository::exists(db);
}

SignedAgreement SignAgreement::sign(const UseCaseContext& context, qint64 agreementId,
                                    report::DocumentRequest request)
{
    const storage::SqliteDatabase& db = context.database();
    const QDate today = context.clock().today();
    const std::optional<core::Organisation> firm = storage::OrganisationRepository::find(db);
    const std::optional<core::Agreement> agreement = AgreementSteps::find(context, agreementId);
    if (!agreement) {
        return refused(agreementId, AgreementStepTraits::missing(agreementId));
    }
    core::AgreementStepDetails details;
    details.signatory = firmSignatory(*agreement, firm);
    // The rules first: a step the agreement cannot take costs no rendering or signing.
    core::StepResult<core::Agreement> checked = AgreementSteps::check(
        context, agreementId, core::AgreementStep::SignByFirm, today, details);
    if (!checked.ok()) {
        SignedAgreement signedAgreement;
        signedAgreement.step.result = ChangeResult::refusedBecause(std::move(checked.issues));
        signedAgreement.step.result.id = agreementId;
        return signedAgreement;
    }

    QByteArray signedPdf;
    try {
        // The certificate before rendering: a missing or expired one costs no rendering time.
        const auto credentials = storage::SigningCertificateRepository::credentials(
            db, context.clock().now().toSecsSinceEpoch());
        if (!credentials) {
            return refused(agreementId,
                           tr("The register holds no signing certificate. Add the firm's "
                              "certificate (PKCS#12) first."));
        }
        request.kind = report::DocumentKind::Dpa;
        request.format = report::DocumentFormat::Pdf;
        request.clientId = agreement->clientId;
        request.agreementId = agreement->id;
        // The signature block shows the day it is signed, as the signature's /M does.
        request.firmSignsOn = today;
        report::DocumentRenderer renderer(db, context.clock());
        renderer.setPromisedAnswerPeriod(context.settings().promisedAnswerPeriod());
        const QByteArray document = renderer.render(request);

        report::PdfSignatureRequest signature;
        signature.signingTime = context.clock().now();
        if (firm) {
            signature.location = firm->city;
            signature.contactInfo = firm->email;
        }
        signedPdf = report::signPdf(document, *credentials, signature);
    } catch (const crypto::SigningError& error) {
        return refused(agreementId, tr("The register's certificate cannot be used: %1")
                                        .arg(QString::fromUtf8(error.what())));
    } catch (const std::exception& error) {
        // A template that cannot be used, a PDF that cannot be signed: their messages are for
        // the user and carry no register content.
        return refused(agreementId, QString::fromUtf8(error.what()));
    }

    core::Agreement after = *checked.record;
    after.firmSignedPdf = signedPdf;
    // What the signed PDF says, in its language, to compare later registers with.
    after.signedContent = AgreementStepTraits::contentNow(context, *agreement, request.language);
    SignedAgreement signedAgreement;
    signedAgreement.step.before = agreement;
    signedAgreement.step.result = RegisterWriter::write(
        context, [&after](storage::SqliteDatabase& changed, const storage::AuditContext& audit) {
            storage::AgreementRepository::update(changed, audit, after);
        });
    signedAgreement.step.result.id = agreementId;
    if (signedAgreement.step.result.changed()) {
        signedAgreement.step.after = std::move(after);
        signedAgreement.pdf = std::move(signedPdf);
    }
    return signedAgreement;
}

} // namespace pr::usecases
