#include "gui/signing/SigningErrorText.h"

#include "crypto/signing/KeyStrength.h"
#include "crypto/signing/SigningError.h"

#include <QDateTime>

namespace pr::gui {

namespace {
// As the certificate panel shows a certificate's validity, on the UTC day the certificate
// names (its dates are UTC moments, mostly midnight).
QString dateText(std::time_t time)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC)
        .date()
        .toString(QStringLiteral("dd-MM-yyyy"));
}
} // namespace

QString SigningErrorText::message(const crypto::SigningError& error)
{
    using Reason = crypto::SigningError::Reason;
    switch (error.reason()) {
    case Reason::NotPkcs12:
        return tr("This file is not a certificate file with a private key (PKCS#12, .p12 or "
                  ".pfx). Choose the file your certificate provider gave you, or export the "
                  "certificate with its private key from your certificate store.");
    case Reason::WrongPassword:
        return tr("The password does not open this certificate file. Check the password and "
                  "try again.");
    case Reason::NoPrivateKey:
        return tr("This file holds a certificate but no private key, so nothing can be "
                  "signed with it. Export the certificate together with its private key.");
    case Reason::NoCertificate:
        return tr("This file holds a private key but no certificate for it. Export the "
                  "certificate together with its private key.");
    case Reason::KeyMismatch:
        return tr("The private key in this file does not belong to its certificate. Export "
                  "the certificate again together with its own private key.");
    case Reason::NotYetValid:
        if (const auto& info = error.certificate()) {
            return tr("This certificate is not valid yet: it is valid from %1 to %2. Choose it "
                      "again from the day its validity starts, or choose another certificate.")
                .arg(dateText(info->notBefore), dateText(info->notAfter));
        }
        return tr("This certificate is not valid yet. Choose it again from the day its "
                  "validity starts, or choose another certificate.");
    case Reason::Expired:
        if (const auto& info = error.certificate()) {
            return tr("This certificate has expired: it was valid from %1 to %2. Ask your "
                      "certificate provider for a new one.")
                .arg(dateText(info->notBefore), dateText(info->notAfter));
        }
        return tr("This certificate has expired. Ask your certificate provider for a new "
                  "one.");
    case Reason::WeakKey:
        if (const auto& info = error.certificate()) {
            return tr("The %1 key of this certificate has %2 bits; signatures need at least %3 "
                      "bits, or a shorter key could be broken and the signature forged. Ask "
                      "your certificate provider for a certificate with a longer key.")
                .arg(QString::fromStdString(info->keyType))
                .arg(info->keyBits)
                .arg(crypto::KeyStrength::minimumBits(*info).value_or(0));
        }
        break;
    case Reason::UnsupportedKey:
        return tr("The key of this certificate is neither RSA nor ECDSA; PDF readers cannot "
                  "check signatures made with it. Choose another certificate.");
    case Reason::SigningFailed:
        break;
    }
    return tr("The certificate cannot be used: %1").arg(QString::fromUtf8(error.what()));
}

} // namespace pr::gui
