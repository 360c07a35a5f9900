#include "usecases/register/RegisterCreation.h"

#include "core/domain/SignedVersion.h"
#include "report/model/DpaDrift.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/transfer/RegisterTransfer.h"

namespace pr::usecases {

std::unique_ptr<storage::Register>
RegisterCreation::createNamed(const QString& path, const crypto::SecureBytes& password,
                              const QString& legalName, const storage::RegisterOptions& options)
{
    return storage::Register::create(path, password, legalName, options);
}

std::unique_ptr<storage::Register> RegisterCreation::create(const QString& path,
                                                            const crypto::SecureBytes& password,
                                                            const core::Organisation& organisation,
                                                            const storage::RegisterOptions& options,
                                                            const core::Clock& clock)
{
    auto reg = storage::Register::create(path, password, organisation.legalName, options);
    const storage::AuditContext audit{clock, storage::AuditContext::currentOsUser()};
    reg->write([&](storage::SqliteDatabase& db) {
        storage::OrganisationRepository::update(db, audit, organisation);
    });
    return reg;
}

std::unique_ptr<storage::Register>
RegisterCreation::createFrom(const QString& path, const crypto::SecureBytes& password,
                             const core::json::RegisterDocument& content,
                             const storage::RegisterOptions& options, const core::Clock& clock)
{
    auto reg = storage::Register::create(path, password, content.organisation.legalName, options);
    const storage::AuditContext audit{clock, storage::AuditContext::currentOsUser()};
    reg->write([&](storage::SqliteDatabase& db) {
        storage::RegisterTransfer::importDocument(db, audit, content);
    });
    return reg;
}

std::unique_ptr<storage::Register>
RegisterCreation::createDemo(const QString& path, const crypto::SecureBytes& password,
                             const core::json::RegisterDocument& content,
                             const storage::RegisterOptions& options, const core::Clock& clock)
{
    auto reg = storage::Register::create(path, password, content.organisation.legalName, options);
    const storage::AuditContext audit{clock, storage::AuditContext::currentOsUser()};
    reg->write([&](storage::SqliteDatabase& db) {
        storage::RegisterTransfer::importDocument(db, audit, content);
        keepSignedContent(db, audit);
    });
    return reg;
}

void RegisterCreation::keepSignedContent(storage::SqliteDatabase& db,
                                         const storage::AuditContext& audit)
{
    for (core::Agreement agreement : storage::AgreementRepository::all(db)) {
        if (core::SignedVersion::isSigned(agreement) && agreement.signedContent.isEmpty()) {
            agreement.signedContent = report::DpaDrift::currentContent(db, agreement);
            storage::AgreementRepository::update(db, audit, agreement);
        }
    }
}

} // namespace pr::usecases
