#pragma once

#include "core/domain/Organisation.h"
#include "core/json/RegisterDocument.h"
#include "crypto/SecureAllocator.h"
#include "storage/Register.h"

#include <QString>

#include <memory>

namespace pr::core {
class Clock;
}

namespace pr::storage {
class SqliteDatabase;
struct AuditContext;
} // namespace pr::storage

namespace pr::usecases {

// Making a new register, for the desktop program's wizard and `privacyregister-cli init`: the
// encrypted file is created (storage::Register::create, which refuses an existing file) and
// its first content is written in one more save, recorded in the audit trail. Errors are the
// register's own (storage/RegisterErrors.h), for the front end to show as it shows a failed
// open.
class RegisterCreation {
public:
    // A register whose organisation has the legal name LEGALNAME and nothing else yet.
    static std::unique_ptr<storage::Register> createNamed(const QString& path,
                                                          const crypto::SecureBytes& password,
                                                          const QString& legalName,
                                                          const storage::RegisterOptions& options);
    // A register whose organisation profile is ORGANISATION.
    static std::unique_ptr<storage::Register> create(const QString& path,
                                                     const crypto::SecureBytes& password,
                                                     const core::Organisation& organisation,
                                                     const storage::RegisterOptions& options,
                                                     const core::Clock& clock);
    // A register holding CONTENT (the demo register, or an export).
    static std::unique_ptr<storage::Register>
    createFrom(const QString& path, const crypto::SecureBytes& password,
               const core::json::RegisterDocument& content, const storage::RegisterOptions& options,
               const core::Clock& clock);
    // The demo register: CONTENT as createFrom() makes it, and its signed agreements keep what
    // they say (keepSignedContent), as if they had been signed with this program: the demo
    // shows a signed agreement as the program keeps one. Never for an export: what a real
    // agreement said when it was signed is not known afterwards.
    static std::unique_ptr<storage::Register>
    createDemo(const QString& path, const crypto::SecureBytes& password,
               const core::json::RegisterDocument& content, const storage::RegisterOptions& options,
               const core::Clock& clock);
    // Every signed agreement in DB without a signed content keeps what its DPA says now.
    static void keepSignedContent(storage::SqliteDatabase& db, const storage::AuditContext& audit);
};

} // namespace pr::usecases
