#include "gui/editing/SignedDpaExport.h"

#include "core/domain/Agreement.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "crypto/signing/SigningError.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "report/signing/PdfSigner.h"
#include "storage/ByteView.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"

namespace pr::gui {

bool SignedDpaExport::available(const storage::SqliteDatabase& db)
{
    return storage::SigningCertificateRepository::exists(db);
}

QString SignedDpaExport::write(const storage::SqliteDatabase& db, const core::Clock& clock,
                               const core::Agreement& agreement, const QString& path)
{
    try {
        // The certificate first: a missing or expired one costs no rendering time.
        const auto credentials =
            storage::SigningCertificateRepository::credentials(db, clock.now().toSecsSinceEpoch());
        if (!credentials) {
            return tr("The register holds no signing certificate. Choose one on the "
                      "Organisation page first.");
        }
        report::DocumentRequest request;
        request.kind = report::DocumentKind::Dpa;
        request.format = report::DocumentFormat::Pdf;
        request.clientId = agreement.clientId;
        request.agreementId = agreement.id;
        request.firmSignsOn = clock.now().date();
        report::DocumentRenderer renderer(db, clock);
        renderer.setPromisedAnswerPeriod(core::AppSettings().promisedAnswerPeriod());
        const QByteArray document = renderer.render(request);

        report::PdfSignatureRequest signature;
        signature.signingTime = clock.now();
        if (const auto firm = storage::OrganisationRepository::find(db)) {
            signature.location = firm->city;
            signature.contactInfo = firm->email;
        }
        const QByteArray signedDocument = report::signPdf(document, *credentials, signature);
        storage::AtomicFile::write(path, storage::byteView(signedDocument));
        return {};
    } catch (const crypto::SigningError& error) {
        return tr("The register's certificate cannot be used: %1")
            .arg(QString::fromUtf8(error.what()));
    } catch (const report::ReportError& error) {
        return QString::fromUtf8(error.what());
    } catch (const std::exception& error) {
        // A file that cannot be written, an agreement deleted meanwhile: their messages are
        // for the user and carry no register content.
        return QString::fromUtf8(error.what());
    }
}

} // namespace pr::gui
