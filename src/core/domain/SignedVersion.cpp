#include "core/domain/SignedVersion.h"

#include <QCryptographicHash>

namespace pr::core {

namespace {

QString signerText(const Signatory& signatory)
{
    if (signatory.function.trimmed().isEmpty()) {
        return signatory.name;
    }
    return QStringLiteral("%1 (%2)").arg(signatory.name, signatory.function);
}

} // namespace

std::optional<SignedVersion> SignedVersion::of(const Agreement& agreement)
{
    SignedVersion version;
    if (!agreement.signedPdf.isEmpty()) {
        version.copy = Copy::Client;
        version.pdf = agreement.signedPdf;
        version.date = agreement.clientSignatory.date.isValid() ? agreement.clientSignatory.date
                                                                : agreement.firmSignatory.date;
    } else if (!agreement.firmSignedPdf.isEmpty()) {
        version.copy = Copy::Firm;
        version.pdf = agreement.firmSignedPdf;
        version.date = agreement.firmSignatory.date;
    } else {
        return std::nullopt;
    }
    version.sha256 = sha256Of(version.pdf);
    if (agreement.firmSignatory.date.isValid() && !agreement.firmSignatory.name.isEmpty()) {
        version.signers << signerText(agreement.firmSignatory);
    }
    if (version.copy == Copy::Client && agreement.clientSignatory.date.isValid() &&
        !agreement.clientSignatory.name.isEmpty()) {
        version.signers << signerText(agreement.clientSignatory);
    }
    return version;
}

bool SignedVersion::isSigned(const Agreement& agreement)
{
    switch (agreement.signingState) {
    case SigningState::Draft:
    case SigningState::Sent:
        return false;
    case SigningState::SignedByFirm:
    case SigningState::Countersigned:
        return true;
    case SigningState::Terminated:
        // Given up before anybody signed it: nothing was ever a record.
        return agreement.firmSignatory.date.isValid() || !agreement.signedPdf.isEmpty() ||
               !agreement.firmSignedPdf.isEmpty();
    }
    return false;
}

QString SignedVersion::sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace pr::core
