#include "usecases/signing/SigningCertificateChange.h"

#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"

#include <string_view>

namespace pr::usecases {

namespace {

std::string_view passwordText(const crypto::SecureBytes& password)
{
    return {reinterpret_cast<const char*>(password.data()), password.size()};
}

} // namespace

CertificateChange SigningCertificateChange::store(const UseCaseContext& context,
                                                  const crypto::SecureBytes& pkcs12,
                                                  const crypto::SecureBytes& password)
{
    CertificateChange change;
    change.result = RegisterWriter::write(
        context, [&](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            try {
                change.info = storage::SigningCertificateRepository::store(db, audit, pkcs12,
                                                                           passwordText(password));
            } catch (const crypto::SigningError& error) {
                change.error = error;
                throw;
            }
        });
    if (change.result.refused() && change.error) {
        change.result.message = QString::fromUtf8(change.error->what());
    }
    return change;
}

CertificateChange SigningCertificateChange::remove(const UseCaseContext& context)
{
    CertificateChange change;
    change.result = RegisterWriter::write(
        context, [&change](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            change.removed = storage::SigningCertificateRepository::remove(db, audit);
        });
    return change;
}

CertificateChange SigningCertificateChange::restore(
    const UseCaseContext& context,
    const std::optional<storage::StoredSigningCertificate>& certificate)
{
    return certificate ? store(context, certificate->pkcs12, certificate->password)
                       : remove(context);
}

} // namespace pr::usecases
